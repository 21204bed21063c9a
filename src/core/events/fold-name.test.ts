import { describe, expect, it } from 'vitest'
import { foldName } from './fold-name'

describe('foldName', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(foldName("  Kata'ib   Ḥizballah ")).toBe('kataib hizballah')
    expect(foldName('KATAIB HIZBALLAH')).toBe('kataib hizballah')
    expect(foldName('Al-Qā’im')).toBe('al qaim')
    expect(foldName('U.S. forces')).toBe('us forces')
    expect(foldName('Military Forces of Iraq (2014-)')).toBe('military forces of iraq 2014')
  })
  it('keeps letters of other scripts', () => {
    expect(foldName('Ансар Аллах')).toBe('ансар аллах')
  })
})
