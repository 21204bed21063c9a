import { Document, Packer, Paragraph } from 'docx'
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
    ['x.exe', bytes('MZ'), /not a file the workbench imports/],
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

  it('builds Word and e-mail records with their metadata and the attachments offered', async () => {
    const docx = new Uint8Array(
      await Packer.toBuffer(
        new Document({
          title: 'Field report',
          creator: 'Sam Writer',
          sections: [{ children: [new Paragraph({ text: 'Shelling was reported.' })] }]
        })
      )
    )
    const word = await prepareArticleFile('r.docx', docx, now)
    expect(word.ok && word.article).toMatchObject({
      title: 'Field report',
      byline: 'Sam Writer',
      format: 'docx',
      blocks: [{ kind: 'paragraph', text: 'Shelling was reported.' }]
    })
    const eml = [
      'From: Desk <desk@example.org>',
      'Subject: Attached',
      'Date: Mon, 2 Feb 2026 10:00:00 +0000',
      'Content-Type: multipart/mixed; boundary="x"',
      '',
      '--x',
      'Content-Type: text/plain',
      '',
      'Body.',
      '--x',
      'Content-Type: text/plain; name="n.txt"',
      'Content-Disposition: attachment; filename="n.txt"',
      '',
      'Notes.',
      '--x--'
    ].join('\r\n')
    const mail = await prepareArticleFile('m.eml', bytes(eml), now)
    expect(mail.ok && mail.article).toMatchObject({
      title: 'Attached',
      byline: 'Desk <desk@example.org>',
      source: 'E-mail',
      publishedAt: '2026-02-02',
      format: 'eml'
    })
    expect(mail.ok && mail.attachments?.map((a) => a.fileName)).toEqual(['n.txt'])
    const damaged = await prepareArticleFile('bad.docx', bytes('not a zip'), now)
    expect(!damaged.ok && damaged.message).toMatch(/is not a Word document/)
  })
})

describe('prepareArticleFile with a saved web page', () => {
  it('fills the record from the page and keeps only the article', async () => {
    const paragraph =
      'Rescue teams moved three hundred families to the school on the hill before dawn.'
    const html = `<html lang="fr"><head><title>Crue de la rivière dans la ville basse | Le Courrier</title>
      <meta property="og:site_name" content="Le Courrier"><meta name="author" content="Ana Ruiz">
      <meta property="article:published_time" content="2024-03-05T08:00:00+01:00">
      <link rel="canonical" href="https://courrier.example/crue"></head><body>
      <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
      <article>${`<p>${paragraph} ${paragraph}</p>`.repeat(6)}</article>
      <footer>Tous droits réservés</footer></body></html>`
    const result = await prepareArticleFile('page.html', bytes(html), now)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warning).toBeUndefined()
    expect(result.article).toMatchObject({
      title: 'Crue de la rivière dans la ville basse',
      source: 'Le Courrier',
      byline: 'Ana Ruiz',
      publishedAt: '2024-03-05',
      url: 'https://courrier.example/crue',
      lang: 'fr',
      format: 'html'
    })
    expect(JSON.stringify(result.article.blocks)).not.toMatch(/Accueil|droits/)
  })
})
