import { describe, expect, it } from 'vitest'
import { declaredCharset, decodeHtml } from './decode-html'

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))

describe('decodeHtml', () => {
  it('reads a page in the encoding it declares when it is not UTF-8', () => {
    // "Café" in windows-1252 (0xE9 is not valid UTF-8 on its own).
    const latin = new Uint8Array([
      ...ascii('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
      0xe9,
      ...ascii('</p></body></html>')
    ])
    expect(decodeHtml(latin)).toContain('<p>Café</p>')
    // 中文 in GBK, declared the old way.
    const gbk = new Uint8Array([
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=gbk"><p>'),
      0xd6,
      0xd0,
      0xce,
      0xc4,
      ...ascii('</p>')
    ])
    expect(decodeHtml(gbk)).toContain('<p>中文</p>')
  })

  it('keeps UTF-8 first and refuses bytes that match no declared encoding', () => {
    const utf8 = new TextEncoder().encode('<meta charset="gbk"><p>Ünïcödé</p>')
    expect(decodeHtml(utf8)).toContain('Ünïcödé')
    expect(decodeHtml(new Uint8Array([...ascii('<p>'), 0xff, 0xfe, 0x41]))).toBeNull()
    expect(
      decodeHtml(new Uint8Array([...ascii('<meta charset="no-such-thing"><p>'), 0xe9]))
    ).toBeNull()
  })

  it('finds the declaration in either form', () => {
    expect(declaredCharset(new Uint8Array(ascii('<meta charset=Shift_JIS>')))).toBe('shift_jis')
    expect(declaredCharset(new Uint8Array(ascii('<p>no declaration</p>')))).toBeNull()
  })
})
