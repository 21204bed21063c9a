import { z } from 'zod'
import type { PdfPageText, PdfTextItem } from './pdf-lines'

// tesseract.js's "blocks" output (blocks → paragraphs → lines → words, boxes in image pixels),
// checked before use: it comes from a WebAssembly engine across a worker boundary. Only what the
// page map needs is read; everything else is let through.
const box = z.looseObject({
  x0: z.number().finite(),
  y0: z.number().finite(),
  x1: z.number().finite(),
  y1: z.number().finite()
})
const word = z.looseObject({ text: z.string(), bbox: box })
const line = z.looseObject({
  words: z.array(word),
  bbox: box,
  baseline: box.nullish(),
  rowAttributes: z
    .looseObject({
      rowHeight: z.number().finite().optional(),
      row_height: z.number().finite().optional()
    })
    .nullish()
})
const ocrBlocksSchema = z.array(
  z.looseObject({ paragraphs: z.array(z.looseObject({ lines: z.array(line) })) })
)

export type OcrLine = z.infer<typeof line>

/** The lines of tesseract's blocks output, in its order; throws when the output is not that. */
export function ocrLines(blocks: unknown): OcrLine[] {
  return ocrBlocksSchema.parse(blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines))
}

/**
 * Line heights within this share of the page's usual height are taken as the usual height: the
 * engine's row height wobbles by a few per cent from line to line, which the paragraph rebuild
 * would read as a change of type size (a new paragraph). Headings (≥ 1.18 times the body in
 * rebuild-pdf-text) stay apart.
 */
const SAME_SIZE = 0.1

function lineHeightPx(l: OcrLine): number {
  const row = l.rowAttributes?.rowHeight ?? l.rowAttributes?.row_height ?? 0
  // Without the engine's row height, the box: ascender to descender is about 1.2 em.
  return row > 0 ? row : Math.max(1, (l.bbox.y1 - l.bbox.y0) / 1.2)
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Where the line's baseline crosses `x`, in pixels; the box's bottom less descenders without one. */
function baselineAt(l: OcrLine, x: number, size: number): number {
  const b = l.baseline
  if (b && b.x1 !== b.x0) return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0)
  if (b) return b.y0
  return l.bbox.y1 - size * 0.2
}

/**
 * A scanned page's recognised words as the text items a PDF's text layer would give (page points,
 * top-left origin, `y` the baseline), so the same paragraph rebuild and page map serve scans and
 * text PDFs alike. `image` is the size of the picture the engine read, `page` the page's size in
 * points at scale 1. Each word is one item; a space closes every word but a line's last (its
 * width running to the next word), so the rebuild keeps the engine's word breaks however tight
 * the gap.
 */
export function ocrPageText(
  lines: readonly OcrLine[],
  image: { width: number; height: number },
  page: { width: number; height: number }
): PdfPageText {
  const sx = image.width / page.width
  const sy = image.height / page.height
  const kept = lines
    .map((l) => ({ line: l, words: l.words.filter((w) => w.text.trim() !== '') }))
    .filter((l) => l.words.length > 0)
  const usual = median(kept.map((l) => lineHeightPx(l.line)))
  const items: PdfTextItem[] = []
  for (const { line: l, words } of kept) {
    let size = lineHeightPx(l)
    if (usual > 0 && Math.abs(size - usual) <= usual * SAME_SIZE) size = usual
    words.forEach((w, i) => {
      const text = w.text.trim().replace(/\s+/g, ' ')
      const next = words[i + 1]
      // A word and the space after it run to the next word, as a text layer's run would.
      const right = next && next.bbox.x0 > w.bbox.x1 ? next.bbox.x0 : w.bbox.x1
      items.push({
        str: next ? `${text} ` : text,
        x: w.bbox.x0 / sx,
        y: baselineAt(l, (w.bbox.x0 + w.bbox.x1) / 2, size) / sy,
        width: Math.max(0, right - w.bbox.x0) / sx,
        fontSize: size / sy
      })
    })
  }
  return { width: page.width, height: page.height, items }
}
