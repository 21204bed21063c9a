import { describe, expect, it } from 'vitest'
import { judgeFreeSpace, SNAPSHOT_SPACE_MARGIN_BYTES } from './snapshot-space'

const MB = 1024 * 1024

describe('judgeFreeSpace', () => {
  it('is fine with twice the size plus the margin free', () => {
    expect(judgeFreeSpace(10 * MB, 20 * MB + SNAPSHOT_SPACE_MARGIN_BYTES)).toEqual({ kind: 'ok' })
  })

  it('warns, naming the free space, when the snapshot fits without headroom', () => {
    const verdict = judgeFreeSpace(10 * MB, 30 * MB)
    expect(verdict.kind).toBe('low')
    expect(verdict.kind === 'low' && verdict.warning).toContain('30 MB free')
  })

  it('refuses when the snapshot cannot fit at all', () => {
    const verdict = judgeFreeSpace(10 * MB, 9 * MB)
    expect(verdict.kind).toBe('full')
    expect(verdict.kind === 'full' && verdict.message).toMatch(/needs 10 MB.*only 9 MB/)
  })
})
