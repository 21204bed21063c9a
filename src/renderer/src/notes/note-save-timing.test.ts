import { describe, expect, it } from 'vitest'
import { noteSaveTiming } from './note-save-timing'

describe('noteSaveTiming', () => {
  it('writes a short note at once and waits for a short pause in a long one', () => {
    expect(noteSaveTiming(2_000).quietMs).toBe(2)
    expect(noteSaveTiming(200_000).quietMs).toBe(200)
    expect(noteSaveTiming(600_000).quietMs).toBe(300)
    expect(noteSaveTiming(5_000_000).quietMs).toBe(300)
  })
})
