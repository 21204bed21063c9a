import { describe, expect, it } from 'vitest'
import { prepareArticleFile } from './prepare-article'

const now = new Date('2026-01-02T03:04:05Z')
const bytes = (s: string) => new TextEncoder().encode(s)

describe('prepareArticleFile', () => {
  it('builds a record from a .txt with a content hash and import time', async () => {
    const result = await prepareArticleFile('r.txt', bytes('Title\n\nBody one.\n\nBody two.'), now)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.article.title).toBe('Title')
    expect(result.article.blocks).toHaveLength(2)
    expect(result.article.importedAt).toBe('2026-01-02T03:04:05.000Z')
    expect(result.article.contentHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('gives the same hash to the same content under another name', async () => {
    const a = await prepareArticleFile('a.txt', bytes('T\n\nSame.'), now)
    const b = await prepareArticleFile('b.txt', bytes('T\n\nSame.'), now)
    expect(a.ok && b.ok && a.article.contentHash === b.article.contentHash).toBe(true)
  })

  it.each([
    ['x.exe', bytes('MZ'), /not a .txt, .md, .html or .pdf file/],
    ['notes.pdf', bytes('Just some text'), /is not a PDF/],
    ['e.txt', new Uint8Array(), /is empty/],
    ['w.txt', bytes('   \n\n  '), /only white space/],
    ['bad.txt', new Uint8Array([0x41, 0xff, 0xfe, 0x42]), /could not be decoded/],
    ['s.html', bytes('<script>alert(1)</script>'), /no readable text/]
  ])('refuses %s with a clear message', async (name, data, message) => {
    const result = await prepareArticleFile(name, data, now)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('warns when sanitising removed most of the visible text', async () => {
    const html = `<p>Short.</p><noscript>${'Fallback text shown without scripts. '.repeat(30)}</noscript>`
    const result = await prepareArticleFile('page.html', bytes(html), now)
    expect(result.ok && result.warning).toMatch(/was kept after removing unsafe content/)
  })
})
