import { describe, expect, it } from 'vitest'
import { ocrLines, ocrPageText, type OcrLine } from './ocr-page-text'
import { pdfRectsForRange } from './pdf-rects-for-range'
import { rebuildPdfText } from './rebuild-pdf-text'

// A page of 600 × 800 points read as an image at 2 pixels per point (1200 × 1600).
const PAGE = { width: 600, height: 800 }
const IMAGE = { width: 1200, height: 1600 }

/** A recognised line as tesseract.js reports it: words 14 px apart, 20 px per character. */
function line(text: string, top: number, rowHeight = 40, left = 100): OcrLine {
  let x = left
  const words = text.split(' ').map((w) => {
    const bbox = { x0: x, y0: top, x1: x + w.length * 20, y1: top + rowHeight }
    x = bbox.x1 + 14
    return { text: w, bbox }
  })
  return {
    words,
    bbox: { x0: left, y0: top, x1: x - 14, y1: top + rowHeight + 10 },
    baseline: { x0: left, y0: top + rowHeight, x1: x - 14, y1: top + rowHeight },
    rowAttributes: { rowHeight }
  }
}

describe('ocrLines', () => {
  it('reads the lines of every paragraph of every block, in order', () => {
    const a = line('First line', 100)
    const b = line('Second line', 160)
    const c = line('Third', 400)
    const blocks = [
      { paragraphs: [{ lines: [a, b] }], text: 'x' },
      { paragraphs: [{ lines: [c] }] }
    ]
    expect(ocrLines(blocks).map((l) => l.words.map((w) => w.text).join(' '))).toEqual([
      'First line',
      'Second line',
      'Third'
    ])
    expect(ocrLines(null)).toEqual([])
  })

  it('refuses output that is not blocks of lines of boxed words', () => {
    expect(() => ocrLines([{ paragraphs: [{ lines: [{ words: [{ text: 'a' }] }] }] }])).toThrow()
    expect(() => ocrLines('text')).toThrow()
  })
})

describe('ocrPageText', () => {
  it('turns words into page items in points, baseline at the line baseline', () => {
    const page = ocrPageText([line('Armed men', 200)], IMAGE, PAGE)
    expect(page).toMatchObject({ width: 600, height: 800 })
    expect(page.items).toEqual([
      { str: 'Armed ', x: 50, y: 120, width: 57, fontSize: 20 },
      { str: 'men', x: 107, y: 120, width: 30, fontSize: 20 }
    ])
  })

  it('leaves out blank words and lines with none', () => {
    const blank = line('x y', 300)
    blank.words = blank.words.map((w) => ({ ...w, text: ' ' }))
    const page = ocrPageText([blank, line('kept', 400)], IMAGE, PAGE)
    expect(page.items.map((i) => i.str)).toEqual(['kept'])
  })

  it('gives lines of nearly the same height one size, and keeps a larger heading apart', () => {
    const page = ocrPageText(
      [line('Heading here', 100, 56), line('body one', 200, 40), line('body two', 260, 43)],
      IMAGE,
      PAGE
    )
    const sizes = [...new Set(page.items.map((i) => i.fontSize))]
    // The usual height is the median line's (43 px): 40 px is within a tenth of it.
    expect(sizes).toEqual([28, 21.5])
  })

  it('feeds the paragraph rebuild: lines join into paragraphs, and highlights land on the words', () => {
    const lines = [
      line('Situation Report', 100, 60),
      line('Heavy shelling was reported overnight in the', 240),
      line('northern districts, officials said, and the', 300),
      line('council met.', 360),
      line('Residents said negotiations had stalled and', 480),
      line('talks would resume.', 540)
    ]
    const rebuilt = rebuildPdfText([ocrPageText(lines, IMAGE, PAGE)], 'scan')
    expect(rebuilt.title).toBe('Situation Report')
    expect(rebuilt.blocks.map((b) => b.text)).toEqual([
      'Heavy shelling was reported overnight in the northern districts, officials said, and the council met.',
      'Residents said negotiations had stalled and talks would resume.'
    ])
    const text = rebuilt.blocks[0]!.text
    const start = text.indexOf('northern')
    const rects = pdfRectsForRange(rebuilt.layout, start, start + 'northern'.length)
    // "northern" is the first word of the second body line: x 100 px → 50 pt, 8 × 20 px wide
    // (80 pt); its item runs on over the space to the next word, cut in proportion.
    expect(rects).toHaveLength(1)
    expect(rects[0]!.page).toBe(1)
    expect(rects[0]!.x).toBeCloseTo(50)
    expect(rects[0]!.w).toBeGreaterThan(75)
    expect(rects[0]!.w).toBeLessThan(87)
    expect(rects[0]!.y).toBeGreaterThan(150 - 20)
    expect(rects[0]!.y + rects[0]!.h).toBeGreaterThanOrEqual(170)
  })
})
