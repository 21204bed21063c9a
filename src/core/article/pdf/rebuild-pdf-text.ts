import type { PdfLayout, PdfSpan } from '../../../shared/model/pdf-layout'
import { BLOCK_SEPARATOR, type TextBlock } from '../../../shared/model/text-model'
import {
  pageLayouts,
  pageLines,
  type PdfLine,
  type PdfPageText,
  type PdfTextItem
} from './pdf-lines'
import { lineText, runningFurniture } from './running-furniture'

export interface RebuiltPdfText {
  title: string
  blocks: TextBlock[]
  /** The page map; its `textHash` is the importer's to fill in. */
  layout: Omit<PdfLayout, 'textHash'>
}

/** A line this much larger than the body text is a heading. */
const HEADING_RATIO = 1.18
/** A gap between lines this many times the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP = 1.45

const TERMINAL = /[.!?:;"”’)\]]$/
const HYPHEN_END = /[\p{L}][-\u2010\u00ad]$/u
const STARTS_LOWER = /^[\p{Ll}]/u

/** The font size most characters are set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>()
  for (const line of lines) {
    const key = Math.round(line.fontSize * 2) / 2
    weight.set(key, (weight.get(key) ?? 0) + lineText(line).length)
  }
  let best = 0
  let bestWeight = -1
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w]
  return best
}

/** The usual distance between consecutive baselines of body lines in one flow. */
function lineSpacing(lines: readonly PdfLine[], body: number): number {
  const gaps: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]
    const b = lines[i]
    if (!a || !b || a.page !== b.page || a.column !== b.column || a.region !== b.region) continue
    if (Math.abs(a.fontSize - body) > 0.5 || Math.abs(b.fontSize - body) > 0.5) continue
    const gap = b.y - a.y
    if (gap > 0) gaps.push(gap)
  }
  gaps.sort((x, y) => x - y)
  return gaps[Math.floor(gaps.length / 2)] ?? body * 1.2
}

interface DraftBlock {
  kind: 'paragraph' | 'heading'
  size: number
  lines: PdfLine[]
}

/** Groups lines into paragraphs and headings. */
function draftBlocks(lines: readonly PdfLine[]): DraftBlock[] {
  const body = bodySize(lines)
  const spacing = lineSpacing(lines, body)
  // Each flow's right edge, to tell a paragraph's short last line from a full one.
  const rightEdge = new Map<string, number>()
  for (const line of lines) {
    const key = `${line.page}:${line.column}`
    rightEdge.set(key, Math.max(rightEdge.get(key) ?? 0, line.x1))
  }
  const leftEdge = new Map<string, number>()
  for (const line of lines) {
    const key = `${line.page}:${line.column}`
    leftEdge.set(key, Math.min(leftEdge.get(key) ?? Infinity, line.x0))
  }
  const out: DraftBlock[] = []
  let current: DraftBlock | null = null
  let previous: PdfLine | null = null
  for (const line of lines) {
    const heading = line.fontSize >= body * HEADING_RATIO && lineText(line).length < 200
    const kind = heading ? 'heading' : 'paragraph'
    let startsNew = current === null || current.kind !== kind
    if (!startsNew && current && previous) {
      if (Math.abs(line.fontSize - current.size) > Math.max(0.6, body * 0.08)) startsNew = true
      else if (kind === 'paragraph')
        startsNew = paragraphBreak(previous, line, spacing, rightEdge, leftEdge, body)
      else
        startsNew =
          previous.page !== line.page || line.y - previous.y > line.fontSize * PARAGRAPH_GAP * 1.2
    }
    if (startsNew || !current) {
      current = { kind, size: line.fontSize, lines: [line] }
      out.push(current)
    } else current.lines.push(line)
    previous = line
  }
  return out
}

/** Roughly how wide the first word of a line is (pdf.js gives whole runs' widths). */
function firstWordWidth(line: PdfLine): number {
  const first = line.items.find((i) => i.str.trim() !== '')
  if (!first) return 0
  const word = first.str.trim().split(/\s/)[0] ?? ''
  return (first.width / Math.max(1, first.str.length)) * word.length
}

/**
 * Whether `previous` ended its paragraph: it stopped short of its column's right edge by more
 * than the next line's first word needs (so that word would have fitted, had the paragraph run
 * on), as a typesetter's line breaking implies.
 */
function endsShort(previous: PdfLine, next: PdfLine, edge: number): boolean {
  return edge - previous.x1 > firstWordWidth(next) + previous.fontSize * 0.6
}

function paragraphBreak(
  previous: PdfLine,
  line: PdfLine,
  spacing: number,
  rightEdge: ReadonlyMap<string, number>,
  leftEdge: ReadonlyMap<string, number>,
  body: number
): boolean {
  const prevEdge = rightEdge.get(`${previous.page}:${previous.column}`) ?? previous.x1
  const sameFlow =
    previous.page === line.page &&
    previous.column === line.column &&
    previous.region === line.region
  if (!sameFlow) {
    // A column or page break: the paragraph runs on unless the previous line closed a sentence
    // short of the edge (a paragraph that ended exactly at the foot of a column runs on; the
    // rare miss joins two paragraphs, never splits a sentence).
    return TERMINAL.test(lineText(previous)) && endsShort(previous, line, prevEdge)
  }
  const gap = line.y - previous.y
  if (gap > spacing * PARAGRAPH_GAP || gap < 0) return true
  const left = leftEdge.get(`${line.page}:${line.column}`) ?? previous.x0
  // A first-line indent starts a paragraph.
  if (line.x0 - left > body * 1.2 && previous.x0 - left < body * 0.5) return true
  return endsShort(previous, line, prevEdge)
}

/** Builds a block's text item by item, with one space where words meet, and where each item went. */
class BlockWriter {
  text = ''
  spans: PdfSpan[] = []

  constructor(private readonly blockStart: number) {}

  /** Appends a line, joined to what is there by a space, or by nothing after a broken word. */
  addLine(line: PdfLine): void {
    if (this.text !== '') {
      if (HYPHEN_END.test(this.text) && STARTS_LOWER.test(lineText(line))) {
        this.text = this.text.slice(0, -1)
        const last = this.spans[this.spans.length - 1]
        if (last) last.end = Math.min(last.end, this.blockStart + this.text.length)
      } else if (!this.text.endsWith(' ')) this.text += ' '
    }
    let previous: PdfTextItem | null = null
    for (const item of line.items) {
      if (previous && !this.text.endsWith(' ') && !/^\s/.test(item.str)) {
        // pdf.js leaves out the space between words set as separate items; a gap shows it.
        const gap = item.x - (previous.x + previous.width)
        if (gap > item.fontSize * 0.15) this.text += ' '
      }
      this.addItem(line.page, item)
      previous = item
    }
  }

  private addItem(page: number, item: PdfTextItem): void {
    let piece = item.str.replace(/[\s\u00a0]+/g, ' ')
    if (this.text === '' || this.text.endsWith(' ')) piece = piece.replace(/^ /, '')
    if (piece === '') return
    const start = this.blockStart + this.text.length
    this.text += piece
    if (piece.trim() === '') return
    this.spans.push({
      start,
      end: start + piece.length,
      page,
      x: item.x,
      y: item.y - item.fontSize * 0.85,
      w: item.width,
      h: item.fontSize * 1.1
    })
  }

  finish(): void {
    this.text = this.text.replace(/ +$/, '')
    const end = this.blockStart + this.text.length
    for (const span of this.spans) span.end = Math.min(span.end, end)
  }
}

/**
 * An article rebuilt from the text items of a PDF's pages: lines in reading order (two columns
 * read one after the other), running headers, footers and page numbers left out, lines joined
 * into paragraphs (a word broken by a hyphen at a line end made whole again), larger lines as
 * headings, and the place of every run of text on its page.
 */
export function rebuildPdfText(
  pages: readonly PdfPageText[],
  fallbackTitle: string,
  metadataTitle = ''
): RebuiltPdfText {
  const lines: PdfLine[] = []
  let region = 0
  pageLayouts(pages).forEach((page, index) => {
    const pageLinesOut = pageLines(index + 1, page.rows, page.gutter, region)
    lines.push(...pageLinesOut)
    region = (pageLinesOut[pageLinesOut.length - 1]?.region ?? region) + 1
  })
  const furniture = runningFurniture(
    lines,
    pages.map((p) => p.height)
  )
  const kept = lines.filter((l) => !furniture.has(l))
  const drafts = draftBlocks(kept)

  const firstHeading = drafts.find((d) => d.kind === 'heading')
  const firstHeadingText = firstHeading
    ? firstHeading.lines.map(lineText).join(' ').replace(/\s+/g, ' ').trim()
    : ''
  const title = firstHeadingText || metadataTitle.trim() || fallbackTitle
  // The title comes out of the body when it opens the document (as the HTML importer does).
  const body = firstHeading !== undefined && firstHeading === drafts[0] ? drafts.slice(1) : drafts
  const headingSizes = [
    ...new Set(body.filter((d) => d.kind === 'heading').map((d) => Math.round(d.size)))
  ].sort((a, b) => b - a)

  const blocks: TextBlock[] = []
  const spans: PdfSpan[] = []
  let offset = 0
  for (const draft of body) {
    const writer = new BlockWriter(offset)
    for (const line of draft.lines) writer.addLine(line)
    writer.finish()
    if (writer.text === '') continue
    const block: TextBlock =
      draft.kind === 'heading'
        ? {
            kind: 'heading',
            text: writer.text,
            level: Math.min(6, headingSizes.indexOf(Math.round(draft.size)) + 2)
          }
        : { kind: 'paragraph', text: writer.text }
    blocks.push(block)
    spans.push(...writer.spans.filter((s) => s.end > s.start))
    offset += writer.text.length + BLOCK_SEPARATOR.length
  }
  return {
    title,
    blocks,
    layout: { pages: pages.map((p) => ({ width: p.width, height: p.height })), spans }
  }
}
