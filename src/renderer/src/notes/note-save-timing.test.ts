import { describe, expect, it } from 'vitest'
import { MAX_SAVE_WAIT_MS, noteSaveTiming } from './note-save-timing'

describe('noteSaveTiming', () => {
  it('writes a short note at once and waits for a short pause in a long one', () => {
    expect(noteSaveTiming(2_000).quietMs).toBe(2)
    expect(noteSaveTiming(200_000).quietMs).toBe(200)
    expect(noteSaveTiming(600_000).quietMs).toBe(300)
    expect(noteSaveTiming(5_000_000).quietMs).toBe(300)
  })

  it('never lets a change wait more than 400 ms, whatever the size, so it is stored within 500 ms', () => {
    for (const size of [0, 2_000, 600_000, 50_000_000]) {
      const timing = noteSaveTiming(size)
      expect(timing.maxWaitMs).toBe(MAX_SAVE_WAIT_MS)
      expect(timing.quietMs).toBeLessThanOrEqual(timing.maxWaitMs)
    }
    expect(MAX_SAVE_WAIT_MS).toBeLessThanOrEqual(400)
  })
})
