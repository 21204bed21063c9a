import { describe, expect, it } from 'vitest'
import { createAnchorer } from '../anchoring'
import { evidenceForSelection } from './evidence-for-selection'

describe('evidenceForSelection', () => {
  const text = 'Rockets hit the base.\n\n And gunmen fled. '
  const anchorer = createAnchorer(text)

  it('quotes the words, not the spaces and line breaks around them', () => {
    const start = text.indexOf('.') + 1
    const ev = evidenceForSelection(anchorer, { start, end: text.length })
    expect(ev?.selectors.quote.exact).toBe('And gunmen fled.')
    expect(ev?.anchor).toMatchObject({ status: 'exact', start: text.indexOf('And') })
    expect(ev?.anchor.end).toBe(text.indexOf('fled.') + 5)
  })

  it('refuses a selection of blanks, and keeps inside the text', () => {
    expect(evidenceForSelection(anchorer, { start: 21, end: 24 })).toBeNull()
    expect(evidenceForSelection(anchorer, { start: -5, end: 7 })?.selectors.quote.exact).toBe(
      'Rockets'
    )
  })
})
