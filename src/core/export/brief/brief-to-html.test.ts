import { describe, expect, it } from 'vitest'
import { exportFixture } from '../fixtures/export-fixture'
import { HOSTILE, hostileExport } from '../fixtures/hostile-export'
import { selectScope } from '../select-scope'
import { briefToHtml } from './brief-to-html'

const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }
const html = briefToHtml(selectScope(exportFixture(), { kind: 'note', noteId: 'note-bluf' }), CTX)

describe('briefToHtml', () => {
  it('is a standalone HTML5 file with charset, title and inline print styles', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<title>BLUF: Iraq</title>')
    expect(html).toMatch(/@media print \{[\s\S]*break-inside: avoid/)
    expect(html).toContain('@page')
    expect(html).toContain('a.show-url::after { content: " <" attr(href) ">"')
  })

  it('loads nothing from outside', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i)
    expect(html).not.toMatch(/@import|url\(/i)
    expect(html).toContain("default-src 'none'")
  })

  it('links each citation to its footnote and each footnote back to every citation', () => {
    expect(html).toContain('<a href="#fn-1" id="fnref-1" role="doc-noteref">1</a>')
    expect(html).toContain('<a href="#fn-1" id="fnref-1-2" role="doc-noteref">1</a>')
    const first = html.slice(html.indexOf('<li id="fn-1">'), html.indexOf('<li id="fn-2">'))
    expect(first).toContain('href="#fnref-1"')
    expect(first).toContain('href="#fnref-1-2"')
    expect(first).toContain(
      '<a href="workbench://article/militia-airstrikes#annotation=ann-strikes">workbench://article/militia-airstrikes#annotation=ann-strikes</a>'
    )
    expect(html.match(/<li id="fn-\d+">/g)).toHaveLength(6)
  })

  it('renders lists, task lists, tables, code and event cards', () => {
    expect(html).toContain('<u><strong>very likely</strong></u>')
    expect(html).toContain('<input type="checkbox" disabled checked>')
    expect(html).toContain('<caption>Timeline</caption>')
    expect(html).toContain('<th scope="col">Indicator</th>')
    expect(html).toContain('<pre><code class="language-text">')
    expect(html).toContain(
      '<a href="workbench://article/militia-airstrikes#event=evt-strikes" class="show-url">'
    )
  })

  it('escapes every piece of user text', () => {
    const out = briefToHtml(hostileExport(), CTX)
    expect(out).not.toContain('<script>')
    expect(out).not.toContain('" onload="')
    expect(out).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>')
    expect(out).toContain('&quot; onload=&quot;alert(1)&quot; x=&quot;')
    // An address with quotes and brackets is not a safe link target: its text stays, unlinked.
    expect(out).not.toContain('href="https://example.org')
    expect(out).toContain('```\n&lt;/code&gt;&lt;/pre&gt;')
    expect(out).toContain(HOSTILE.markdown.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
  })
})
