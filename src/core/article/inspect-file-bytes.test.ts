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
  it('refuses a binary file whose first 8 KB are text (the probe’s renamed file)', () => {
    const text = utf8('Plain words of a report.\n'.repeat(400)) // 10,000 bytes of text first
    const withNul = new Uint8Array([...text, 0x00, 0x01, 0x02, 0x03])
    const problem = inspectFileBytes('renamed.txt', withNul)
    expect(problem?.code).toBe('binary')
    expect(problem?.message).toMatch(/binary data from byte 8,192 on/)
    // Control bytes without a NUL, dense in a late window only.
    const controls = new Uint8Array([...text, ...new Uint8Array(3000).fill(0x02)])
    expect(inspectFileBytes('late.txt', controls)?.code).toBe('binary')
    // A few stray control characters in long text are still text.
    const stray = new Uint8Array([...text, 0x07, ...utf8(' more words'.repeat(100))])
    expect(inspectFileBytes('stray.txt', stray)).toBeNull()
  })
})
