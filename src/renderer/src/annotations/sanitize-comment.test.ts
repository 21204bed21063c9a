import { describe, expect, it } from 'vitest'
import {
  COMMENT_ALLOWED_TAGS,
  COMMENT_LINK_PROTOCOLS
} from '@core/annotations/comment-html-allow-list'
import { sanitizeCommentHtml } from '@core/export/data/sanitize-comment-html'
import { sanitizeComment } from './sanitize-comment'

// Elements of HTML a pasted or hand-edited comment could carry: the allow-list's and others.
const SOME_ELEMENTS = [
  ...COMMENT_ALLOWED_TAGS,
  'div',
  'span',
  'h1',
  'h2',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'img',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'label',
  'sup',
  'sub',
  'mark',
  'del',
  'ins',
  'details',
  'summary',
  'font',
  'center',
  'link',
  'meta',
  'base',
  'style',
  'script',
  'svg',
  'math',
  'template',
  'noscript',
  'dialog',
  'section',
  'article'
]

function tagsIn(html: string): Set<string> {
  const doc = document.implementation.createHTMLDocument('')
  doc.body.innerHTML = html
  return new Set([...doc.body.querySelectorAll('*')].map((el) => el.localName))
}

function hrefsIn(html: string): string[] {
  const doc = document.implementation.createHTMLDocument('')
  doc.body.innerHTML = html
  return [...doc.body.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '(none)')
}

const VOID = new Set(['br', 'img', 'input', 'link', 'meta', 'base', 'embed'])
const EVERY_ELEMENT = SOME_ELEMENTS.map((tag) =>
  VOID.has(tag) ? `<${tag} title="t">` : `<${tag} title="t" onclick="x()">${tag}</${tag}>`
).join('')

describe('one allow-list for comment HTML', () => {
  it('is what both the renderer’s DOMPurify and core’s export sanitiser keep, tag for tag', () => {
    const expected = new Set<string>(COMMENT_ALLOWED_TAGS)
    expect(tagsIn(sanitizeComment(EVERY_ELEMENT))).toEqual(expected)
    expect(tagsIn(sanitizeCommentHtml(EVERY_ELEMENT))).toEqual(expected)
  })

  it('keeps a link’s target on the same schemes in both', () => {
    const schemes = [
      ...COMMENT_LINK_PROTOCOLS.map((p) => `${p}:x@y.example`),
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'ftp://a.example/'
    ]
    const html = schemes.map((href) => `<a href="${href}">l</a>`).join(' ')
    const kept = schemes.map((href, i) => (i < COMMENT_LINK_PROTOCOLS.length ? href : '(none)'))
    expect(hrefsIn(sanitizeComment(html))).toEqual(kept)
    expect(hrefsIn(sanitizeCommentHtml(html))).toEqual(kept)
  })

  it('keeps no attribute but href, and opens links outside the app', () => {
    const shown = sanitizeComment(
      '<p title="t" onclick="x()">a <a href="https://a.example/" class="c">b</a></p>'
    )
    expect(shown).toBe(
      '<p>a <a target="_blank" rel="noopener noreferrer" href="https://a.example/">b</a></p>'
    )
  })
})
