import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from '@shared/model/annotation'
import { driftedText } from './drifted-text'

const text = 'Officials said at least twelve people were killed in the strike on Tuesday.'

function annotation(
  status: 'exact' | 'drifted' | 'orphaned',
  quote: string,
  start: number,
  end: number
): Pick<AnnotationRecord, 'anchor' | 'selectors'> {
  return {
    anchor: { start, end, status, score: status === 'exact' ? 1 : 0.7, textHash: 'h' },
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
      textHash: 'h0'
    }
  }
}

describe('driftedText', () => {
  const start = text.indexOf('at least')
  const end = text.indexOf(' in the strike')

  it('gives what a drifted passage reads now', () => {
    const a = annotation('drifted', 'at least ten people were killed', start, end)
    expect(driftedText(a, text)).toBe('at least twelve people were killed')
  })

  it('gives nothing when the passage still reads as quoted', () => {
    const a = annotation('drifted', 'at least twelve people were killed', start, end)
    expect(driftedText(a, text)).toBeNull()
  })

  it('gives nothing for exact or orphaned anchors, or without the text', () => {
    expect(driftedText(annotation('exact', 'x', start, end), text)).toBeNull()
    expect(driftedText(annotation('orphaned', 'x', -1, -1), text)).toBeNull()
    expect(driftedText(annotation('drifted', 'x', start, end), undefined)).toBeNull()
  })
})
