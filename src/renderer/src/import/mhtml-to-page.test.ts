import { describe, expect, it } from 'vitest'
import { mhtmlToPage } from './mhtml-to-page'
import { prepareArticleFile } from './prepare-article'

const encode = (s: string): Uint8Array => new TextEncoder().encode(s.replace(/\n/g, '\r\n'))
const now = new Date('2026-12-07T09:00:00Z')

// As Chromium writes "Save page as… Webpage, single file": the page quoted-printable, then its
// resources as further parts.
const paragraph =
  'Heavy shelling hit the northern districts of the city on Tuesday, residents said, and the ' +
  'water station was out of service for the third day running while engineers waited for access.'
const saved = (body: string, type = 'multipart/related') =>
  encode(`From: <Saved by Blink>
Snapshot-Content-Location: https://news.example/world/shelling.html
Subject: Shelling hits northern districts
Date: Mon, 07 Dec 2026 01:14:02 GMT
MIME-Version: 1.0
Content-Type: ${type};
\ttype="text/html";
\tboundary="----MultipartBoundary--abc----"

------MultipartBoundary--abc----
Content-Type: text/html
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://news.example/world/shelling.html

${body}
------MultipartBoundary--abc----
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://tracker.example/pixel.png

iVBORw0KGgo=
------MultipartBoundary--abc------
`)

const page = `<html><head><title>Shelling hits northern districts</title>
<script>window.parent.postMessage(3D"x", "*")</script></head><body>
<nav>Home | World | Sport</nav><article><h1>Shelling hits northern districts</h1>
${[1, 2, 3, 4, 5].map((i) => `<p>${i}. ${paragraph}</p>`).join('\n')}
<img src=3D"https://tracker.example/pixel.png"></article></body></html>`

describe('single-file web pages (.mhtml)', () => {
  it('takes the saved page out of the message, with the address it was saved from', async () => {
    const got = await mhtmlToPage('story.mhtml', saved(page))
    expect(got.ok && got.location).toBe('https://news.example/world/shelling.html')
    expect(got.ok && got.html).toContain('Shelling hits northern districts')
  })

  it('imports as a saved web page: the article only, nothing of the page that runs or loads', async () => {
    const prepared = await prepareArticleFile('story.mhtml', saved(page), now)
    if (!prepared.ok) throw new Error(prepared.message)
    const text = prepared.article.blocks.map((b) => b.text).join('\n')
    expect(prepared.article.title).toBe('Shelling hits northern districts')
    expect(prepared.article.url).toBe('https://news.example/world/shelling.html')
    expect(text).toContain('water station was out of service')
    expect(text).not.toMatch(/postMessage|pixel|Home \| World/)
  })

  it('refuses what is not a saved page, with a reason, and changes nothing', async () => {
    const refused = async (name: string, bytes: Uint8Array): Promise<string> => {
      const got = await prepareArticleFile(name, bytes, now)
      if (got.ok) throw new Error(`${name} was imported`)
      return got.message
    }
    expect(await refused('empty.mhtml', new Uint8Array())).toMatch(/empty/)
    expect(await refused('mail.mht', saved(page, 'multipart/mixed'))).toMatch(
      /not a single-file web page/
    )
    expect(await refused('bin.mhtml', new Uint8Array([77, 73, 0, 1, 2]))).toMatch(/binary/)
    expect(await refused('huge.mhtml', new Uint8Array(26 * 1024 * 1024))).toMatch(/larger than/)
  })
})
