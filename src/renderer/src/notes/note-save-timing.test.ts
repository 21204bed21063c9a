import { describe, expect, it } from 'vitest'
import { noteSaveTiming } from './note-save-timing'

describe('noteSaveTiming', () => {
  it('writes a short note at once and waits for a pause in a long one', () => {
    expect(noteSaveTiming(2_000).quietMs).toBe(2)
    expect(noteSaveTiming(600_000).quietMs).toBe(600)
    expect(noteSaveTiming(5_000_000).quietMs).toBe(1_000)
    expect(noteSaveTiming(600_000).maxWaitMs).toBe(5_000)
  })
})
