import { describe, expect, it } from 'vitest'
import { nextChunkSize } from './chunk-size'

describe('nextChunkSize', () => {
  it('scales the chunk to the time budget', () => {
    expect(nextChunkSize(100, 24)).toBe(50)
    expect(nextChunkSize(100, 12)).toBe(100)
    expect(nextChunkSize(100, 8)).toBe(150)
  })
  it('grows at most twofold, and stays within its bounds', () => {
    expect(nextChunkSize(100, 1)).toBe(200)
    expect(nextChunkSize(100, 0)).toBe(200)
    expect(nextChunkSize(300, 1)).toBe(400)
    expect(nextChunkSize(20, 500)).toBe(10)
    expect(nextChunkSize(20, 500, { min: 5 })).toBe(5)
  })
})
