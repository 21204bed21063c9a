import { deflateRawSync } from 'node:zlib'
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun
} from 'docx'
import { describe, expect, it } from 'vitest'
import { makeZip } from '@core/test-support/make-zip'
import { MAX_DOCX_BYTES } from '@shared/import-limits'
import { MAX_DOCX_XML_BYTES } from './check-docx'
import { docxToArticle } from './docx-to-article'

/** A 1×1 PNG, enough for Word to hold a picture. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
  ),
  (c) => c.charCodeAt(0)
)

async function makeDocx(
  children: Paragraph[],
  properties: { title?: string; creator?: string } = {}
): Promise<Uint8Array> {
  const doc = new Document({
    ...properties,
    styles: {
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }]
    },
    sections: [{ children }]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

const report = (): Promise<Uint8Array> =>
  makeDocx(
    [
      new Paragraph({ text: 'Clashes in the north', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Fighting resumed on Monday near the border town.' }),
      new Paragraph({
        children: [
          new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })
        ]
      }),
      new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Two villages were shelled.', bullet: { level: 0 } }),
      new Paragraph({ text: 'A bridge was destroyed.', bullet: { level: 0 } }),
      new Paragraph({ text: '“We had no warning,” a resident said.', style: 'Quote' }),
      new Paragraph({
        children: [
          new ExternalHyperlink({
            link: 'javascript:alert(1)',
            children: [new TextRun('Read the statement')]
          })
        ]
      })
    ],
    { title: 'Weekly situation report', creator: 'Jane Analyst' }
  )

describe('docxToArticle', () => {
  it('keeps headings, lists and quotes; title and author from the document properties', async () => {
    const result = await docxToArticle('report.docx', await report())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.parsed.title).toBe('Weekly situation report')
    expect(result.metadata.byline).toBe('Jane Analyst')
    expect(result.parsed.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Clashes in the north' },
      { kind: 'paragraph', text: 'Fighting resumed on Monday near the border town.' },
      { kind: 'heading', level: 2, text: 'Background' },
      { kind: 'list-item', text: 'Two villages were shelled.' },
      { kind: 'list-item', text: 'A bridge was destroyed.' },
      { kind: 'quote', text: '“We had no warning,” a resident said.' },
      { kind: 'paragraph', text: 'Read the statement' }
    ])
    expect(result.warning).toBeUndefined()
  })

  it('takes the title from the first heading when the properties have none', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Ceasefire holds', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Both sides reported calm.' })
    ])
    const result = await docxToArticle('c.docx', bytes)
    expect(result.ok && result.parsed.title).toBe('Ceasefire holds')
    expect(result.ok && result.parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Both sides reported calm.' }
    ])
    expect(result.ok && result.metadata.byline).toBe('')
  })

  it('falls back to the file name for a document without heading or title', async () => {
    const result = await docxToArticle(
      'field-notes.docx',
      await makeDocx([new Paragraph({ text: 'Only a paragraph.' })])
    )
    expect(result.ok && result.parsed.title).toBe('field-notes')
  })

  it('refuses an empty document', async () => {
    const result = await docxToArticle('blank.docx', await makeDocx([new Paragraph({ text: '' })]))
    expect(result).toEqual({ ok: false, message: '“blank.docx” has no text to import.' })
  })

  it('refuses a text file renamed .docx: not a zip', async () => {
    const result = await docxToArticle('notes.docx', new TextEncoder().encode('Hello, not a zip.'))
    expect(!result.ok && result.message).toMatch(/is not a Word document: a .docx file is a zip/)
  })

  it('refuses a zip without word/document.xml', async () => {
    const bytes = await report()
    // Renaming the part in place (same length) leaves a valid zip that is not a Word document.
    const text = new TextDecoder('latin1')
      .decode(bytes)
      .replaceAll('word/document.xml', 'word/documenX.xml')
    const renamed = Uint8Array.from(text, (c) => c.charCodeAt(0))
    const result = await docxToArticle('photos.docx', renamed)
    expect(!result.ok && result.message).toMatch(/is a zip archive but not a Word document/)
  })

  it('refuses a truncated file as damaged', async () => {
    const bytes = await report()
    const result = await docxToArticle('cut.docx', bytes.subarray(0, bytes.length / 2))
    expect(!result.ok && result.message).toMatch(/“cut.docx” is damaged/)
  })

  it('refuses a password-protected document and an old .doc with what to do', async () => {
    const compound = (name: string): Uint8Array => {
      const out = new Uint8Array(2048)
      out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0)
      out.set(
        Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]),
        1100
      )
      return out
    }
    const locked = await docxToArticle('locked.docx', compound('EncryptedPackage'))
    expect(!locked.ok && locked.message).toMatch(/protected with a password/)
    const old = await docxToArticle('old.docx', compound('WordDocument'))
    expect(!old.ok && old.message).toMatch(/older Word document \(\.doc\)/)
  })

  it('refuses a zip with encrypted entries', async () => {
    const zip = makeZip([
      { name: 'word/document.xml', data: new TextEncoder().encode('xx'), encrypted: true }
    ])
    const result = await docxToArticle('enc.docx', zip)
    expect(!result.ok && result.message).toMatch(/encrypted contents/)
  })

  it('refuses a zip bomb whose part unpacks past the limit although it declares 1 KB', async () => {
    const packed = deflateRawSync(Buffer.alloc(MAX_DOCX_XML_BYTES + 1024, 0x20))
    const zip = makeZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array(packed), method: 8, declaredSize: 1024 }
    ])
    expect(zip.length).toBeLessThan(200 * 1024)
    const result = await docxToArticle('bomb.docx', zip)
    expect(!result.ok && result.message).toMatch(/unpacks to more than 64 MB .* zip bomb/)
  })

  it('refuses a document whose XML is broken as damaged', async () => {
    const zip = makeZip([
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document><w:body><w:p') }
    ])
    const result = await docxToArticle('broken.docx', zip)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/“broken.docx” is damaged/)
  })

  it('refuses a file over the size limit before opening it', async () => {
    const result = await docxToArticle('huge.docx', new Uint8Array(MAX_DOCX_BYTES + 1))
    expect(!result.ok && result.message).toMatch(/Word files larger than 20 MB are not imported/)
  })

  it('never expands entities declared in the document (billion laughs)', async () => {
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`
    ).join('')
    const minimal = (dtd: string, text: string): Uint8Array =>
      makeZip([
        {
          name: 'word/document.xml',
          data: new TextEncoder().encode(
            `<?xml version="1.0"?>${dtd}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`
          )
        }
      ])
    // The same minimal document without the DTD imports: the refusal below is the DTD's.
    const control = await docxToArticle('plain.docx', minimal('', 'Before after'))
    expect(control.ok && control.parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Before after' }
    ])
    const result = await docxToArticle(
      'lol.docx',
      minimal(`<!DOCTYPE w:document [<!ENTITY l0 "lol">${lol}]>`, 'Before &l9; after')
    )
    // Either refused as damaged or read without the entity: never a billion "lol"s.
    if (result.ok)
      expect(result.parsed.blocks.map((b) => b.text).join(' ').length).toBeLessThan(100)
    else expect(result.message).toMatch(/“lol.docx” is damaged/)
  })
})
