import { describe, expect, it } from 'vitest'
import { neutraliseLoaders } from './inert-page'

function parseInertPage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  neutraliseLoaders(doc)
  return doc
}

describe('neutraliseLoaders', () => {
  it('leaves nothing that could run or fetch, and keeps the text, links and JSON-LD', () => {
    const doc = parseInertPage(`<html><head>
      <base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/s.css">
      <meta http-equiv="refresh" content="0;url=https://evil.example"><meta name="author" content="A">
      <script src="https://evil.example/a.js"></script><script type="application/ld+json">{"a":1}</script>
      </head><body background="https://evil.example/bg.png">
      <p onclick="steal()" style="background:url(https://evil.example/p.png)">Text</p>
      <img src="https://evil.example/i.png" srcset="https://evil.example/2x.png 2x" data-src="//evil.example/l.jpg" alt="Caption">
      <picture><source srcset="https://evil.example/p.webp"></picture>
      <video poster="https://evil.example/v.jpg"><source src="https://evil.example/v.mp4"><track src="https://evil.example/t.vtt"></video>
      <iframe src="https://evil.example/f"></iframe><object data="https://evil.example/o"></object><embed src="https://evil.example/e">
      <svg><image href="https://evil.example/s.png"></image><use xlink:href="https://evil.example/u.svg#x"></use></svg>
      <form action="https://evil.example/post"><button formaction="https://evil.example/b">Go</button></form>
      <a href="https://news.example/story" ping="https://evil.example/ping">Story</a><a href="javascript:steal()">x</a>
      </body></html>`)
    const html = doc.documentElement.outerHTML
    expect(html).not.toMatch(/evil\.example|steal\(|onclick/)
    expect(doc.querySelectorAll('script')).toHaveLength(1)
    expect(doc.querySelector('script')?.textContent).toBe('{"a":1}')
    expect(doc.querySelector('meta[name=author]')).not.toBeNull()
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('')
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Caption')
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://news.example/story')
    expect(doc.body.textContent).toContain('Text')
  })
})
