import { describe, expect, it } from 'vitest'
import { plainText } from '../plain-text'
import { pdfPageOfRange, pdfRectsForRange } from './pdf-rects-for-range'
import { rebuildPdfText } from './rebuild-pdf-text'
import {
  flowParagraphs,
  item,
  withFurniture,
  wordItems,
  wrap
} from './test-support/synthetic-pdf-pages'

const PARAGRAPHS = [
  'Heavy shelling was reported overnight in the northern districts of the city, where residents said the bombardment continued until dawn and several buildings were destroyed.',
  'Local officials counted twelve civilians killed and at least thirty wounded, a figure that could not be independently verified by international observers on the ground.',
  'Humanitarian organisations called for an immediate ceasefire to allow the evacuation of the wounded and the delivery of food, water and medical supplies to the besieged neighbourhoods.',
  'A spokesperson for the armed forces denied targeting residential areas and said the strikes were aimed at positions used by the insurgents to launch attacks against the capital.',
  'Talks between the two sides, mediated by a regional organisation, are expected to resume next week although neither delegation has confirmed its attendance so far.'
]

const BODY = { size: 10, leading: 13, paragraphGap: 9 }

function manyParagraphs(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${PARAGRAPHS[i % PARAGRAPHS.length]} (${i + 1})`)
}

describe('rebuildPdfText', () => {
  it('rebuilds one-column paragraphs across pages without the running header and footer', () => {
    const paragraphs = manyParagraphs(40)
    const pages = withFurniture(
      flowParagraphs(paragraphs, [{ x: 72, width: 468 }], 90, 700, { ...BODY, hyphenate: true }),
      'Situation Report — Northern Region — Confidential'
    )
    expect(pages.length).toBeGreaterThan(1)
    const out = rebuildPdfText(pages, 'report')
    expect(out.blocks.map((b) => b.text)).toEqual(paragraphs)
    expect(out.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
    expect(out.title).toBe('report')
  })

  it('makes a word broken by a hyphen at the end of a line whole again', () => {
    const lines = wrap(PARAGRAPHS[2] ?? '', 200, 10, true)
    expect(lines.some((l) => /[a-z]-$/.test(l))).toBe(true)
    const pages = [
      {
        width: 612,
        height: 792,
        items: lines.map((l, i) => item(l, 72, 200 + i * 13, 10))
      }
    ]
    expect(rebuildPdfText(pages, 'x').blocks.map((b) => b.text)).toEqual([PARAGRAPHS[2]])
  })

  it('reads two columns one after the other, under a full-width title', () => {
    const paragraphs = manyParagraphs(30)
    const flowed = flowParagraphs(
      paragraphs,
      [
        { x: 54, width: 240 },
        { x: 318, width: 240 }
      ],
      120,
      700,
      BODY
    )
    flowed[0]?.unshift(item('Monthly Security Review', 54, 80, 20))
    const pages = withFurniture(flowed, 'Regional Monitor 2026')
    const out = rebuildPdfText(pages, 'file')
    expect(out.title).toBe('Monthly Security Review')
    expect(out.blocks.map((b) => b.text)).toEqual(paragraphs)
  })

  it('keeps headings by their size, below the title', () => {
    const pages = [
      {
        width: 612,
        height: 792,
        items: [
          item('Annual Review', 72, 100, 24),
          item('Background', 72, 140, 14),
          ...wrap(PARAGRAPHS[0] ?? '', 468, 10).map((l, i) => item(l, 72, 165 + i * 13, 10)),
          item('Findings', 72, 240, 14),
          ...wrap(PARAGRAPHS[1] ?? '', 468, 10).map((l, i) => item(l, 72, 265 + i * 13, 10))
        ]
      }
    ]
    const out = rebuildPdfText(pages, 'file')
    expect(out.title).toBe('Annual Review')
    expect(out.blocks).toEqual([
      { kind: 'heading', text: 'Background', level: 2 },
      { kind: 'paragraph', text: PARAGRAPHS[0] },
      { kind: 'heading', text: 'Findings', level: 2 },
      { kind: 'paragraph', text: PARAGRAPHS[1] }
    ])
  })

  it('puts spaces between words set as separate items', () => {
    const lines = wrap(PARAGRAPHS[3] ?? '', 300, 10)
    const pages = [
      {
        width: 612,
        height: 792,
        items: lines.flatMap((l, i) => wordItems(l, 72, 200 + i * 13, 10))
      }
    ]
    expect(rebuildPdfText(pages, 'x').blocks.map((b) => b.text)).toEqual([PARAGRAPHS[3]])
  })

  it('drops a lone page number on a one-page document and keeps everything else', () => {
    const lines = wrap(PARAGRAPHS[4] ?? '', 468, 10)
    const pages = [
      {
        width: 612,
        height: 792,
        items: [
          item('Field note', 72, 40, 9),
          ...lines.map((l, i) => item(l, 72, 200 + i * 13, 10)),
          item('1', 300, 760, 9)
        ]
      }
    ]
    const out = rebuildPdfText(pages, 'x')
    expect(out.blocks.map((b) => b.text)).toEqual(['Field note', PARAGRAPHS[4]])
  })

  it('keeps a map from each run of text to its page and place', () => {
    const paragraphs = manyParagraphs(40)
    const pages = withFurniture(
      flowParagraphs(paragraphs, [{ x: 72, width: 468 }], 90, 700, BODY),
      'Header'
    )
    const out = rebuildPdfText(pages, 'x')
    const text = plainText(out.blocks)
    const items = pages.flatMap((p, i) => p.items.map((it) => ({ ...it, page: i + 1 })))
    for (const span of out.layout.spans) {
      const source = items.find(
        (it) => it.page === span.page && it.x === span.x && Math.abs(it.y - 8.5 - span.y) < 0.01
      )
      expect(source?.str).toContain(text.slice(span.start, span.end))
    }
    expect(out.layout.pages).toHaveLength(pages.length)
    // The last paragraph is on the last page, and its highlight rectangles say so.
    const last = paragraphs[paragraphs.length - 1] ?? ''
    const at = text.indexOf(last)
    expect(pdfPageOfRange(out.layout, at, at + last.length)).toBe(pages.length)
    const rects = pdfRectsForRange(out.layout, at + 6, at + 15)
    expect(rects).toHaveLength(1)
    expect(rects[0]?.w).toBeCloseTo(9 * 5)
  })

  it('cuts a partly covered run in proportion to its characters', () => {
    const layout = {
      pages: [{ width: 100, height: 100 }],
      spans: [{ start: 0, end: 10, page: 1, x: 10, y: 20, w: 100, h: 12 }]
    }
    expect(pdfRectsForRange(layout, 2, 5)).toEqual([{ page: 1, x: 30, y: 20, w: 30, h: 12 }])
    expect(pdfRectsForRange(layout, 10, 12)).toEqual([])
  })
})
