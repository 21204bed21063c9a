import { describe, expect, it } from 'vitest'
import { MIN_CHARS_PER_PAGE, pagesWithoutText } from './pages-without-text'
import type { PdfPageText } from './pdf-lines'

const page = (...strs: string[]): PdfPageText => ({
  width: 595,
  height: 842,
  items: strs.map((str, i) => ({ str, x: 72, y: 100 + i * 14, width: 200, fontSize: 11 }))
})

describe('pagesWithoutText', () => {
  it('names the pages of a mixed PDF that have no text layer, and only those', () => {
    const text = page('Heavy shelling was reported overnight in the northern districts.')
    expect(pagesWithoutText([text, page(), text, page('  ', '')])).toEqual([2, 4])
  })

  it('counts a stamped page number or date as no text, whitespace as nothing', () => {
    expect(pagesWithoutText([page('12'), page('7 December 2026')])).toEqual([1, 2])
    const justEnough = 'x'.repeat(MIN_CHARS_PER_PAGE)
    expect(pagesWithoutText([page(justEnough), page(`${justEnough.slice(1)}   \n `)])).toEqual([2])
  })

  it('names no page of a text PDF', () => {
    expect(pagesWithoutText([page('A'.repeat(40)), page('B '.repeat(30))])).toEqual([])
  })
})
