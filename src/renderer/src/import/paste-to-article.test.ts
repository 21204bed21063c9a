import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_TEXT_CHARS } from '@shared/content-limits'
import { pasteToArticle } from './paste-to-article'

const page =
  '<!DOCTYPE html><html><head><title>Shelling near Avdiivka</title><script>alert(1)</script></head>' +
  '<body><h1>Shelling near Avdiivka</h1><p>First paragraph.</p><p>Second <b>bold</b> one.</p></body></html>'

describe('pasteToArticle', () => {
  it('reads pasted HTML source as HTML when asked: title, paragraphs and what was not kept', () => {
    const out = pasteToArticle('', page, 'blank-line', 'html')
    if (!out.ok) throw new Error(out.message)
    expect(out.parsed.title).toBe('Shelling near Avdiivka')
    expect(out.parsed.blocks.map((b) => b.text)).toEqual(['First paragraph.', 'Second bold one.'])
    expect(out.parsed.report?.dropped).toEqual([{ kind: 'script', count: 1 }])
  })

  it('keeps pasted HTML source as plain text, tags and all, when asked', () => {
    const out = pasteToArticle('Source', '<p>One</p>\n\n<p>Two</p>', 'blank-line', 'plain')
    if (!out.ok) throw new Error(out.message)
    expect(out.parsed.blocks.map((b) => b.text)).toEqual(['<p>One</p>', '<p>Two</p>'])
  })

  it('never makes an empty article of a paste with nothing readable (the probe’s "Pasted article")', () => {
    const out = pasteToArticle(
      '',
      '<script>alert(1)</script>\n\n<!-- nothing -->',
      'blank-line',
      'markdown'
    )
    expect(out).toEqual({
      ok: false,
      message:
        'No readable text is left in what was pasted (1 part not kept: a script). Nothing was added.'
    })
    expect(pasteToArticle('Titled', '<style>p{}</style>', 'blank-line', 'html').ok).toBe(false)
  })

  it('refuses a paste over the article limit before reading it (a 20 MB paste)', () => {
    const out = pasteToArticle('', 'a'.repeat(20 * 1024 * 1024), 'blank-line', 'markdown')
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.message).toMatch(/^The pasted text has 20,971,520 characters/)
    expect(
      pasteToArticle('', 'a'.repeat(MAX_ARTICLE_TEXT_CHARS - 10), 'blank-line', 'plain').ok
    ).toBe(true)
  })

  it('reads Markdown with a table and nested lists completely', () => {
    const out = pasteToArticle(
      '',
      '# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- top\n  - nested',
      'blank-line',
      'markdown'
    )
    if (!out.ok) throw new Error(out.message)
    expect(out.parsed.blocks.map((b) => b.text)).toEqual(['a | b', '1 | 2', 'top', 'nested'])
  })
})
