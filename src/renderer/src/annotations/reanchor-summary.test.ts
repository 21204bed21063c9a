import { describe, expect, it } from 'vitest'
import { reanchorSummary } from './useTextRevision'

describe('reanchorSummary', () => {
  it('counts the annotations to look at in the right number', () => {
    expect(reanchorSummary(0, 0)).toBe('Every annotation still points at its passage.')
    expect(reanchorSummary(1, 0)).toBe('1 annotation (1 drifted) needs a look.')
    expect(reanchorSummary(0, 2)).toBe('2 annotations (2 orphaned) need a look.')
    expect(reanchorSummary(1, 1)).toBe('2 annotations (1 drifted, 1 orphaned) need a look.')
  })
})
