import { concatBytes } from '@core/test-support/concat-bytes'
import { describe, expect, it } from 'vitest'
import { loadWebPageCorpus } from '../../../../bench/import/web-page-corpus'
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

  it('refuses a binary file renamed .mhtml that turns binary after its first 8 KB', async () => {
    // Issue 16: only the first 8 KB used to be checked.
    const head = saved(`<html><body>${`<p>${paragraph}</p>`.repeat(60)}</body></html>`)
    expect(head.length).toBeGreaterThan(8192)
    const bytes = concat(head, noise(4096))
    const got = await prepareArticleFile('renamed.mhtml', bytes, now)
    expect(got).toEqual({
      ok: false,
      message:
        '“renamed.mhtml” is a binary file, not a saved web page (binary data from byte 8,192 on). Nothing was imported.'
    })
  })

  it('imports a page saved with binary parts (Chromium’s binary encoding), the pictures unread', async () => {
    const got = await mhtmlToPage('story.mhtml', binarySaved(new TextEncoder().encode(page)))
    expect(got.ok && got.location).toBe('https://news.example/world/shelling.html')
    expect(got.ok && got.html).toContain('water station was out of service')
  })
})

const corpus = loadWebPageCorpus()
if (!corpus) console.warn('Saved-page corpus not found (../shared/corpus/web-pages): skipped.')

describe.skipIf(!corpus)(
  'real saved pages as single-file pages (../shared/corpus/web-pages)',
  () => {
    it('are read, quoted-printable or binary, beside binary pictures', async () => {
      const refused: string[] = []
      for (const { name, source } of corpus ?? []) {
        for (const [how, bytes] of [
          ['quoted-printable', savedBytes(quotedPrintable(source))],
          ['binary', binarySaved(source)]
        ] as const) {
          const got = await mhtmlToPage(`${name}.mhtml`, bytes)
          if (!got.ok || !got.html.includes('<')) refused.push(`${name} (${how})`)
        }
      }
      expect(refused).toEqual([])
      expect(corpus!.length).toBeGreaterThan(20)
    }, 60_000)
  }
)

const concat = concatBytes

/** Bytes as in a picture: NULs and control bytes among the rest. */
function noise(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256)
}

const BOUNDARY = '----MultipartBoundary--7f1kQ2----'
const MESSAGE_HEADERS = `From: <Saved by Blink>
Snapshot-Content-Location: https://news.example/world/shelling.html
Subject: Shelling hits northern districts
Date: Mon, 07 Dec 2026 01:14:02 GMT
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="${BOUNDARY}"

`

/** The page quoted-printable (as "Save page as… single file" writes it), a picture after it. */
function savedBytes(encodedPage: string): Uint8Array {
  return encode(`${MESSAGE_HEADERS}--${BOUNDARY}
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable
Content-Location: https://news.example/world/shelling.html

${encodedPage}
--${BOUNDARY}
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://news.example/pixel.png

iVBORw0KGgo=
--${BOUNDARY}--
`)
}

/** Every part unencoded, as Chromium writes with its binary encoding: the page, then a picture. */
function binarySaved(pageBytes: Uint8Array): Uint8Array {
  return concat(
    encode(`${MESSAGE_HEADERS}--${BOUNDARY}
Content-Type: text/html
Content-Transfer-Encoding: binary
Content-Location: https://news.example/world/shelling.html

`),
    pageBytes,
    encode(`
--${BOUNDARY}
Content-Type: image/png
Content-Transfer-Encoding: binary
Content-Location: https://news.example/photo.png

`),
    noise(20_000),
    encode(`
--${BOUNDARY}--
`)
  )
}

/** Quoted-printable (RFC 2045) of UTF-8 bytes, lines of at most 76 characters. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b === 0x0a) {
      lines.push(line)
      line = ''
      continue
    }
    const plain = b >= 33 && b <= 126 && b !== 61
    const piece =
      plain || b === 0x20
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`)
      line = ''
    }
    line += piece
  }
  lines.push(line)
  // A space at the end of a line would be lost in transport: encoded.
  return lines.map((l) => l.replace(/ $/, '=20')).join('\n')
}
