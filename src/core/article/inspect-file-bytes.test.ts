import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_BYTES } from '../../shared/ipc-contract'
import { inspectFileBytes } from './inspect-file-bytes'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('inspectFileBytes', () => {
  it('accepts ordinary text, including non-Latin scripts', () => {
    expect(inspectFileBytes('a.txt', utf8('Hello\n\nمرحبا — 你好'))).toBeNull()
  })
  it('accepts UTF-16 text with a BOM despite its NUL bytes', () => {
    expect(
      inspectFileBytes('a.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))
    ).toBeNull()
  })
  it('refuses empty files', () => {
    expect(inspectFileBytes('e.txt', new Uint8Array())?.code).toBe('empty')
  })
  it('refuses files over 10 MB', () => {
    const problem = inspectFileBytes('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))
    expect(problem?.code).toBe('too-large')
    expect(problem?.message).toContain('10 MB')
  })
  it('refuses binary files by content, whatever their name', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(inspectFileBytes('photo.txt', png)?.code).toBe('binary')
    const controls = new Uint8Array(200).fill(0x01)
    expect(inspectFileBytes('x.txt', controls)?.code).toBe('binary')
  })
})
