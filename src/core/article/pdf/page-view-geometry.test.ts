import { describe, expect, it } from 'vitest'
import { currentPage, pagesInView, scrollTopFor, stackPages } from './page-view-geometry'

const letter = { width: 612, height: 792 }
const landscape = { width: 792, height: 612 }

describe('stackPages', () => {
  it('gives every page the column width, its height in proportion, one gap apart', () => {
    const boxes = stackPages([letter, landscape, letter], 306, 10)
    expect(boxes.map((b) => [b.page, b.top, b.width, b.height])).toEqual([
      [1, 0, 306, 396],
      [2, 406, 306, Math.round(612 * (306 / 792))],
      [3, 406 + Math.round(612 * (306 / 792)) + 10, 306, 396]
    ])
    expect(boxes[0]!.scale).toBeCloseTo(0.5)
    expect(boxes[1]!.scale).toBeCloseTo(306 / 792)
  })

  it('has no boxes for no pages', () => {
    expect(stackPages([], 500, 10)).toEqual([])
  })
})

describe('pagesInView', () => {
  // Ten pages 396 px tall, 14 px apart: page n starts at (n − 1)·410.
  const boxes = stackPages(Array.from({ length: 10 }, () => letter), 306, 14)
  const top = (n: number) => boxes[n - 1]!.top

  it('draws the pages the view touches, and those within the margin either side', () => {
    expect(pagesInView(boxes, top(4) + 5, top(4) + 300, 0)).toEqual({ first: 4, last: 4 })
    expect(pagesInView(boxes, top(4) + 5, top(5) + 5, 0)).toEqual({ first: 4, last: 5 })
    expect(pagesInView(boxes, top(4) + 5, top(4) + 300, 200)).toEqual({ first: 3, last: 5 })
  })

  it('stays within the document at both ends', () => {
    expect(pagesInView(boxes, 0, 300, 1000)).toEqual({ first: 1, last: 4 })
    expect(pagesInView(boxes, top(10), top(10) + 2000, 1000)).toEqual({ first: 7, last: 10 })
    expect(pagesInView(boxes, 1e6, 1e6 + 100, 0)).toEqual({ first: 10, last: 10 })
    expect(pagesInView([], 0, 100, 0)).toBeNull()
  })
})

describe('currentPage', () => {
  const boxes = stackPages(Array.from({ length: 4 }, () => letter), 306, 14)

  it('names the page that fills most of the view', () => {
    expect(currentPage(boxes, 0, 300)).toBe(1)
    // 100 px of page 1 and 200 px of page 2 in view.
    expect(currentPage(boxes, 296, 610)).toBe(2)
    expect(currentPage(boxes, boxes[3]!.top, boxes[3]!.top + 900)).toBe(4)
  })

  it('is 1 for an empty document', () => {
    expect(currentPage([], 0, 100)).toBe(1)
  })
})

describe('scrollTopFor', () => {
  const boxes = stackPages([letter, letter, letter], 612, 20)

  it('puts the passage on its first page a third of the way down the view, framed', () => {
    const to = scrollTopFor(
      boxes,
      [
        { page: 2, x: 72, y: 300, w: 200, h: 12 },
        { page: 2, x: 72, y: 314, w: 100, h: 12 },
        { page: 3, x: 72, y: 72, w: 300, h: 12 }
      ],
      600
    )
    expect(to).toEqual({
      page: 2,
      top: 792 + 20 + 300 - 200,
      box: { x: 72, y: 300, w: 200, h: 26 }
    })
  })

  it('scales the box to the drawn page and never scrolls above the top', () => {
    const half = stackPages([letter], 306, 20)
    expect(scrollTopFor(half, [{ page: 1, x: 100, y: 100, w: 100, h: 10 }], 900)).toEqual({
      page: 1,
      top: 0,
      box: { x: 50, y: 50, w: 50, h: 5 }
    })
  })

  it('has nowhere to go without rectangles or for a page not in the column', () => {
    expect(scrollTopFor(boxes, [], 600)).toBeNull()
    expect(scrollTopFor(boxes, [{ page: 9, x: 0, y: 0, w: 1, h: 1 }], 600)).toBeNull()
  })
})
