import { describe, expect, it } from 'vitest'
import { typicalHeight } from './useBlockHeightEstimate'

describe('typicalHeight', () => {
  it('is the median of the measured heights, ignoring empty boxes', () => {
    expect(typicalHeight([279, 209, 0, 163, 256, 233])).toBe(233)
    expect(typicalHeight([70])).toBe(70)
  })

  it('has no estimate without a measured block', () => {
    expect(typicalHeight([])).toBeNull()
    expect(typicalHeight([0])).toBeNull()
  })
})
