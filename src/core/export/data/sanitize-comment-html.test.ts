import { describe, expect, it } from 'vitest'
import { sanitizeCommentHtml } from './sanitize-comment-html'

describe('sanitizeCommentHtml', () => {
  it('keeps basic formatting and safe links, without their other attributes', () => {
    expect(
      sanitizeCommentHtml(
        '<p class="x">A <strong>bold</strong> <em>claim</em>, <a href="https://a.example/?q=1&amp;r=2" target="_blank" onclick="x()">src</a></p>'
      )
    ).toBe(
      '<p>A <strong>bold</strong> <em>claim</em>, <a href="https://a.example/?q=1&amp;r=2">src</a></p>'
    )
    expect(sanitizeCommentHtml('<ul><li>one</li><li>two<br/></li></ul>')).toBe(
      '<ul><li>one</li><li>two<br></li></ul>'
    )
  })

  it.each([
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src=x onerror=alert(1)>ok', 'ok'],
    ['<svg><script>alert(1)</script></svg>ok', 'ok'],
    ['<style>p{}</style><p>ok</p>', '<p>ok</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,<script>">x</a>', '<a>x</a>'],
    [
      "<a href='https://ok.example/\"><script>'>x</a>",
      '<a href="https://ok.example/&quot;&gt;&lt;script&gt;">x</a>'
    ],
    ['<!-- <script>alert(1)</script> -->ok', 'ok'],
    ['<p onmouseover="alert(1)">ok', '<p>ok</p>'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['a < b and c > d & e', 'a &lt; b and c &gt; d &amp; e'],
    ['<b>unclosed <i>nest</b> tail', '<b>unclosed <i>nest</i></b> tail'],
    ['</p>stray close', 'stray close'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)']
  ])('%s → %s', (input, expected) => {
    expect(sanitizeCommentHtml(input)).toBe(expected)
  })

  it('keeps character references as they are rather than escaping them twice', () => {
    expect(sanitizeCommentHtml('<p>&quot;A&quot; &amp; &#8220;B&#x201D; &copy;</p>')).toBe(
      '<p>&quot;A&quot; &amp; &#8220;B&#x201D; &copy;</p>'
    )
  })

  it('gives an empty string for an empty comment', () => {
    expect(sanitizeCommentHtml('')).toBe('')
  })
})
