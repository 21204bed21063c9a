import { describe, expect, it } from 'vitest'
import { MAX_NOTE_CHARS } from '@shared/content-limits'
import { MEASURE_NOTE_FROM, noteSizeProblem } from './note-size-guard'

const paragraphs = (n: number, chars: number): unknown => ({
  type: 'doc',
  content: Array.from({ length: n }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: 'x'.repeat(chars) }]
  }))
})

describe('noteSizeProblem', () => {
  it('lets a 5,000-paragraph note save without measuring it', () => {
    let read = 0
    const change = { size: 5_000 * 152, read: () => (read++, paragraphs(5_000, 150)) }
    expect(change.size).toBeLessThanOrEqual(MEASURE_NOTE_FROM)
    expect(noteSizeProblem(change)).toBeNull()
    expect(read).toBe(0)
  })

  it('measures a large note and refuses one whose stored JSON is over the limit', () => {
    const big = paragraphs(5_000, 1_700)
    expect(noteSizeProblem({ size: 5_000 * 1_702, read: () => big })).toMatch(
      /split the note in two/
    )
    const fits = paragraphs(5_000, 800)
    expect(noteSizeProblem({ size: 5_000 * 802, read: () => fits })).toBeNull()
  })

  it('refuses a note over the limit by its editor size alone, unmeasured', () => {
    expect(
      noteSizeProblem({
        size: MAX_NOTE_CHARS + 1,
        read: () => {
          throw new Error('not read')
        }
      })
    ).toMatch(/at most 8,000,000 characters/)
  })
})
