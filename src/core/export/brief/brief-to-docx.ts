import { Document, Packer, Paragraph, HeadingLevel, TextRun } from 'docx'
import type { ExportContext, ExportData } from '../export-data'
import { buildBrief } from './build-brief'
import { docxBlocks } from './docx-blocks'
import { docxCoreProperties } from './docx-core-properties'
import { docxInlines } from './docx-inlines'
import { docxNumbering, docxStyles } from './docx-styles'
import { briefLanguage } from './brief-language'

// 2 cm in twips.
const MARGIN = 1134

/** The notes of `data` as a Word document: real headings, lists, footnotes, tables and links. */
export async function briefToDocx(data: ExportData, ctx: ExportContext): Promise<Uint8Array> {
  const brief = buildBrief(data, ctx)
  const language = briefLanguage(ctx)
  const orderedStarts = new Set<number>()
  let instance = 0
  const body = docxBlocks(brief.blocks, {
    level: 0,
    quote: false,
    orderedStarts,
    nextInstance: () => ++instance
  })
  const footnotes = Object.fromEntries(
    brief.footnotes.map((note) => [
      note.number,
      { children: [new Paragraph({ children: docxInlines(note.content) })] }
    ])
  )
  const doc = new Document({
    title: brief.title,
    description: brief.subtitle,
    creator: 'Analyst Workbench',
    lastModifiedBy: 'Analyst Workbench',
    styles: docxStyles(language),
    numbering: docxNumbering(orderedStarts),
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN }
          }
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(brief.title)] }),
          new Paragraph({ children: [new TextRun({ text: brief.subtitle, italics: true })] }),
          ...body
        ]
      }
    ]
  })
  const core = docxCoreProperties({
    title: brief.title,
    description: brief.subtitle,
    now: ctx.now,
    language
  })
  const packed = await Packer.toArrayBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }])
  return new Uint8Array(packed)
}
