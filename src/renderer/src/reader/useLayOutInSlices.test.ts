import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TextBlock } from '@shared/model/text-model'
import { KEEP_LAID_OUT_CHARS, layOutSlice, useLayOutInSlices } from './useLayOutInSlices'

/**
 * A long article's body as ArticleText makes it: batches saying their length in `data-chars`.
 * jsdom lays nothing out; each batch's height is given (its index + 100 px) so a measured batch
 * can be told from a guessed one.
 */
function batchedBody(chars: number[]): HTMLElement {
  const body = document.createElement('div')
  chars.forEach((n, i) => {
    const batch = document.createElement('div')
    batch.className = 'article-batch'
    batch.dataset.chars = String(n)
    batch.style.containIntrinsicBlockSize = 'auto 400lh'
    Object.defineProperty(batch, 'offsetHeight', { value: 100 + i })
    batch.append(document.createElement('p'))
    body.append(batch)
  })
  return body
}

const kept = (body: HTMLElement): HTMLElement[] =>
  Array.from(body.children as HTMLCollectionOf<HTMLElement>).filter(
    (b) => b.style.contentVisibility === 'visible'
  )

describe('layOutSlice', () => {
  it('lays out one slice of `size` children, in order', () => {
    const body = batchedBody([10, 10, 10, 10, 10])
    const progress = { next: 0, kept: 0 }
    layOutSlice(body, progress, 2, 1_000)
    expect(progress).toEqual({ next: 2, kept: 20 })
    expect(kept(body)).toEqual(Array.from(body.children).slice(0, 2))
    layOutSlice(body, progress, 2, 1_000)
    layOutSlice(body, progress, 2, 1_000)
    expect(progress).toEqual({ next: 5, kept: 50 })
    expect(kept(body)).toHaveLength(5)
  })

  it('past the characters it keeps, measures each batch and leaves it skipped at its real height', () => {
    const body = batchedBody([40, 40, 40, 40, 40])
    const progress = { next: 0, kept: 0 }
    layOutSlice(body, progress, 5, 100)
    const batches = Array.from(body.children as HTMLCollectionOf<HTMLElement>)
    expect(kept(body)).toEqual(batches.slice(0, 2))
    expect(progress.kept).toBe(80)
    for (const [i, b] of batches.entries()) {
      if (i < 2) continue
      // Back to the stylesheet's `content-visibility: auto`, at the height it was laid out at.
      expect(b.style.contentVisibility).toBe('')
      expect(b.style.containIntrinsicBlockSize).toBe(`auto ${100 + i}px`)
    }
  })

  it('keeps every element of an article that is not in batches', () => {
    const body = document.createElement('div')
    for (let i = 0; i < 30; i++) body.append(document.createElement('p'))
    const progress = { next: 0, kept: 0 }
    layOutSlice(body, progress, 30, 0)
    expect(kept(body)).toHaveLength(30)
  })
})

describe('useLayOutInSlices', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame']
    })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lays out a 60 MB article keeping at most KEEP_LAID_OUT_CHARS characters laid out', async () => {
    // 60 batches of a million characters: an article stored before the entry limit.
    const MB = 1_000_000
    const body = batchedBody(Array.from({ length: 60 }, () => MB))
    body.dataset.shown = 'all'
    document.body.append(body)
    const blocks: TextBlock[] = [{ kind: 'paragraph', text: 'x' }]
    renderHook(() => useLayOutInSlices({ current: body }, blocks))
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(body.dataset.laidOut).toBe('all')
    const laidOut = kept(body)
    expect(laidOut.length * MB).toBeLessThanOrEqual(KEEP_LAID_OUT_CHARS)
    expect(laidOut.length).toBe(Math.floor(KEEP_LAID_OUT_CHARS / MB))
    // Every other batch was laid out once, for its height.
    const rest = Array.from(body.children as HTMLCollectionOf<HTMLElement>).slice(laidOut.length)
    expect(
      rest.every(
        (b, i) => b.style.containIntrinsicBlockSize === `auto ${100 + laidOut.length + i}px`
      )
    ).toBe(true)
    body.remove()
  })
})
