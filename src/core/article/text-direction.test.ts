import { describe, expect, it } from 'vitest'
import { directionOfText, languageOfScript } from './text-direction'

describe('directionOfText', () => {
  it('follows the majority of strong characters', () => {
    expect(directionOfText('قال المسؤولون إن قوات NATO وصلت')).toBe('rtl')
    expect(directionOfText('שלום עולם')).toBe('rtl')
    expect(directionOfText('Officials said the convoy (قافلة) arrived')).toBe('ltr')
    expect(directionOfText('河水上涨')).toBe('ltr')
    expect(directionOfText('2024 — 12 %')).toBeNull()
  })
})

describe('languageOfScript', () => {
  it('names only languages a script gives away', () => {
    expect(languageOfScript('河水一夜之间上涨两米，淹没了下城区。')).toBe('zh')
    expect(languageOfScript('川の水位が一晩で二メートル上がった。')).toBe('ja')
    expect(languageOfScript('강물이 밤사이 2미터 불어났다')).toBe('ko')
    expect(languageOfScript('قال المسؤولون')).toBeNull()
    expect(languageOfScript('The river rose')).toBeNull()
  })
})
