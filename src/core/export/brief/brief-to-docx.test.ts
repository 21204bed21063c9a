import { describe, expect, it } from 'vitest'
import { docxParts } from '../../../../tests/helpers/docx-xml'
import { exportFixture } from '../fixtures/export-fixture'
import { hostileExport } from '../fixtures/hostile-export'
import { selectScope } from '../select-scope'
import { briefToDocx } from './brief-to-docx'

const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }
const blufData = () => selectScope(exportFixture(), { kind: 'note', noteId: 'note-bluf' })

describe('briefToDocx', async () => {
  const bytes = await briefToDocx(blufData(), CTX)
  const parts = docxParts(bytes)
  const documentXml = parts.get('word/document.xml')!
  const footnotesXml = parts.get('word/footnotes.xml')!

  it('returns a plain Uint8Array holding a zip', () => {
    // A Node Buffer is a Uint8Array subclass: the exact prototype shows none leaked through.
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype)
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b])
  })

  it('stamps the document properties from the context', () => {
    const core = parts.get('docProps/core.xml')!
    expect(core).toContain('<dc:title>BLUF: Iraq</dc:title>')
    expect(core).toContain('<dc:creator>Analyst Workbench</dc:creator>')
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T14:03:00Z</dcterms:created>'
    )
  })

  it('uses real headings from Heading 1 under the title, lists, quote style, tables and links', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>')
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>')
    // The first heading after the title is a Heading 1.
    const styles = [...documentXml.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map(
      (m) => m[1]
    )
    expect(styles.slice(0, 2)).toEqual(['Title', 'Heading1'])
    expect(documentXml.match(/<w:numPr>/g)?.length).toBe(7)
    expect(documentXml).toContain('<w:pStyle w:val="Quote"/>')
    expect(documentXml).toContain('<w:rStyle w:val="QuoteChar"/>')
    expect(documentXml).toContain('<w:tblHeader/>')
    expect(documentXml).toContain('w:anchor="event=evt-strikes"')
    expect(parts.get('word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>')
    expect(parts.get('word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>')
    expect(parts.get('word/styles.xml')).toContain('<w:name w:val="Quote"/>')
  })

  it('declares the analyst’s language for the text and the document, English by default', async () => {
    expect(parts.get('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="en"\/>/s)
    expect(parts.get('docProps/core.xml')).toContain('<dc:language>en</dc:language>')
    const french = docxParts(await briefToDocx(blufData(), { ...CTX, language: 'fr-FR' }))
    expect(french.get('word/styles.xml')).toContain('<w:lang w:val="fr-FR"/>')
  })

  it('writes each cited annotation as one real footnote and links repeats to it', () => {
    expect(documentXml.match(/<w:footnoteReference /g)).toHaveLength(6)
    expect(documentXml).toContain('<w:bookmarkStart w:name="_RefFootnote1" w:id="1"/>')
    expect(documentXml).toContain('<w:hyperlink w:history="1" w:anchor="_RefFootnote1"')
    for (let n = 1; n <= 6; n++) expect(footnotesXml).toContain(`<w:footnote w:id="${n}">`)
    expect(footnotesXml).toContain('Grade: B2 — usually reliable, probably true.')
    expect(footnotesXml).toContain('w:anchor="annotation=ann-strikes"')
    expect(footnotesXml).toContain('Drifted: the passage changed since it was quoted.')
    const rels = parts.get('word/_rels/footnotes.xml.rels')!
    expect(rels).toContain('Target="workbench://article/militia-airstrikes"')
  })

  it('gives the same parts for the same input, apart from the random link ids', async () => {
    const again = docxParts(await briefToDocx(blufData(), CTX))
    expect([...again.keys()]).toEqual([...parts.keys()])
    for (const [path, xml] of parts) expect(again.get(path), path).toBe(xml)
  })

  it('escapes hostile text into XML text', async () => {
    const hostile = docxParts(await briefToDocx(hostileExport(), CTX))
    const all = [...hostile.values()].join('\n')
    expect(all).not.toContain('<script>')
    expect(hostile.get('word/document.xml')).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    )
    expect(hostile.get('docProps/core.xml')).toContain('<dc:title>&lt;script&gt;')
  })
})
