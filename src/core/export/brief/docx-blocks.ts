import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild
} from 'docx'
import type { BriefBlock, BriefInline, BriefTableRow } from './brief-model'
import { docxInlines } from './docx-inlines'
import { BULLET_LIST, DOCX_STYLE, orderedReference } from './docx-styles'

/** Where a block sits, and the list numbering the whole document shares. */
export interface DocxBlockEnv {
  /** 0 outside lists; the list level of paragraphs inside a list item otherwise. */
  level: number
  quote: boolean
  /** Start numbers of ordered lists used, for the numbering definitions. */
  orderedStarts: Set<number>
  /** A new list instance, so each list counts from its own start. */
  nextInstance: () => number
}

// A4 with 2 cm margins leaves 9,638 twips of text width.
const TEXT_WIDTH = 9638

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
] as const

type DocxBlock = Paragraph | Table

function paragraph(children: ParagraphChild[], env: DocxBlockEnv): Paragraph {
  return new Paragraph({
    children,
    style: env.quote ? DOCX_STYLE.quote : undefined,
    indent: env.level > 0 ? { left: 720 * env.level } : undefined
  })
}

function listBlocks(block: Extract<BriefBlock, { kind: 'list' }>, env: DocxBlockEnv): DocxBlock[] {
  const level = env.level
  const reference = block.style === 'ordered' ? orderedReference(block.start) : BULLET_LIST
  if (block.style === 'ordered') env.orderedStarts.add(block.start)
  const instance = env.nextInstance()
  const inner: DocxBlockEnv = { ...env, level: level + 1 }
  const out: DocxBlock[] = []
  for (const item of block.items) {
    // Word has no task-list checkbox outside forms: the box is a character in the text.
    const box = item.checked === undefined ? [] : [new TextRun(item.checked ? '☒ ' : '☐ ')]
    const [first, ...rest] = item.blocks
    const numbered = (content: BriefInline[]): Paragraph =>
      new Paragraph({
        children: [...box, ...docxInlines(content)],
        style: env.quote ? DOCX_STYLE.quote : undefined,
        numbering: { reference, level: Math.min(level, 8), instance }
      })
    if (first?.kind === 'paragraph') out.push(numbered(first.content))
    else {
      out.push(numbered([]))
      if (first) rest.unshift(first)
    }
    for (const child of rest) out.push(...docxBlocks([child], inner))
  }
  return out
}

function tableBlocks(caption: string | null, rows: readonly BriefTableRow[]): DocxBlock[] {
  const width = Math.max(1, ...rows.map((row) => row.cells.length))
  const bold = (cell: BriefInline[]): BriefInline[] =>
    cell.map((i) => (i.kind === 'text' ? { ...i, marks: { ...i.marks, bold: true as const } } : i))
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: width }, () => Math.floor(TEXT_WIDTH / width)),
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          children: Array.from({ length: width }, (_, i) => {
            const cell = row.cells[i] ?? []
            return new TableCell({
              children: [new Paragraph({ children: docxInlines(row.header ? bold(cell) : cell) })],
              shading: row.header
                ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' }
                : undefined
            })
          })
        })
    )
  })
  if (caption === null) return [table]
  return [new Paragraph({ style: DOCX_STYLE.caption, keepNext: true, text: caption }), table]
}

function eventCardBlocks(block: Extract<BriefBlock, { kind: 'eventCard' }>): DocxBlock[] {
  const lines: ParagraphChild[][] = [
    [new TextRun({ text: block.title, bold: true })],
    ...block.fields.map((f) => [
      new TextRun({ text: `${f.label}: `, bold: true }),
      f.href
        ? new ExternalHyperlink({
            link: f.href,
            children: [new TextRun({ text: f.value, style: DOCX_STYLE.hyperlink })]
          })
        : new TextRun(f.value)
    ])
  ]
  if (block.link)
    lines.push([
      new TextRun('Open in Analyst Workbench: '),
      new ExternalHyperlink({
        link: block.link,
        children: [new TextRun({ text: block.link, style: DOCX_STYLE.hyperlink })]
      })
    ])
  // Keep the card on one page: every line but the last keeps with the next.
  return lines.map(
    (children, i) =>
      new Paragraph({ style: DOCX_STYLE.eventCard, keepNext: i < lines.length - 1, children })
  )
}

/** Brief blocks as DOCX paragraphs and tables. */
export function docxBlocks(blocks: readonly BriefBlock[], env: DocxBlockEnv): DocxBlock[] {
  return blocks.flatMap((block): DocxBlock[] => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            // The brief's title is Word's Title style, outside the outline, so its sections
            // start at Heading 1: the navigation pane and a table of contents show them all.
            heading: HEADINGS[Math.min(6, Math.max(1, block.level - 1)) - 1],
            children: docxInlines(block.content)
          })
        ]
      case 'paragraph':
        return [paragraph(docxInlines(block.content), env)]
      case 'list':
        return listBlocks(block, env)
      case 'blockquote':
        return docxBlocks(block.blocks, { ...env, quote: true })
      case 'code':
        return [
          new Paragraph({
            style: DOCX_STYLE.code,
            children: block.text
              .split('\n')
              .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }))
          })
        ]
      case 'rule':
        return [
          new Paragraph({
            children: [],
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }
          })
        ]
      case 'table':
        return tableBlocks(block.caption, block.rows)
      case 'eventCard':
        return eventCardBlocks(block)
    }
  })
}
