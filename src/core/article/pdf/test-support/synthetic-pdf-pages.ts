import type { PdfPageText, PdfTextItem } from '../pdf-lines'

/** Every glyph of the synthetic font is half as wide as the font is high. */
const GLYPH = 0.5

export interface SyntheticColumn {
  x: number
  width: number
}

/** Lays words into lines no wider than `width`, breaking one long word with a hyphen when asked. */
export function wrap(text: string, width: number, size: number, hyphenate = false): string[] {
  const perLine = Math.floor(width / (size * GLYPH))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (candidate.length <= perLine) {
      line = candidate
      continue
    }
    const room = perLine - line.length - (line === '' ? 0 : 1) - 1
    if (hyphenate && room >= 3 && word.length - room >= 3 && /^[a-z]+$/.test(word)) {
      lines.push(`${line === '' ? '' : `${line} `}${word.slice(0, room)}-`)
      line = word.slice(room)
      continue
    }
    lines.push(line)
    line = word
  }
  if (line !== '') lines.push(line)
  return lines
}

export function item(str: string, x: number, y: number, size: number): PdfTextItem {
  return { str, x, y, width: str.length * size * GLYPH, fontSize: size }
}

/** A line set word by word (each word its own item, no space items), as some producers write. */
export function wordItems(line: string, x: number, y: number, size: number): PdfTextItem[] {
  const out: PdfTextItem[] = []
  let at = x
  for (const word of line.split(' ')) {
    out.push(item(word, at, y, size))
    at += (word.length + 1) * size * GLYPH
  }
  return out
}

export interface FlowOptions {
  size: number
  leading: number
  paragraphGap: number
  hyphenate?: boolean
}

/**
 * Flows paragraphs through columns of pages (top to bottom, column after column, page after
 * page) between `top` and `bottom`; returns the items of each page.
 */
export function flowParagraphs(
  paragraphs: readonly string[],
  columns: readonly SyntheticColumn[],
  top: number,
  bottom: number,
  options: FlowOptions
): PdfTextItem[][] {
  const pages: PdfTextItem[][] = [[]]
  let column = 0
  let y = top
  const advance = (by: number) => {
    y += by
    if (y > bottom) {
      y = top
      column++
      if (column === columns.length) {
        column = 0
        pages.push([])
      }
    }
  }
  for (const paragraph of paragraphs) {
    const col = columns[column] as SyntheticColumn
    for (const line of wrap(paragraph, col.width, options.size, options.hyphenate)) {
      const c = columns[column] as SyntheticColumn
      pages[pages.length - 1]?.push(item(line, c.x, y, options.size))
      advance(options.leading)
    }
    advance(options.paragraphGap)
  }
  return pages
}

/** Wraps each page's items with a running header, a footer with its page number, and a size. */
export function withFurniture(
  pageItems: readonly PdfTextItem[][],
  header: string,
  width = 612,
  height = 792
): PdfPageText[] {
  return pageItems.map((items, i) => ({
    width,
    height,
    items: [
      item(header, 72, 40, 9),
      ...items,
      item(`Page ${i + 1} of ${pageItems.length}`, 280, 760, 9)
    ]
  }))
}
