import type { Editor } from '@tiptap/core'
import { useLayoutEffect } from 'react'

/** How many chunks the estimate is taken from. */
const SAMPLE = 8

/** The median of some block heights (px), or null without any. */
export function typicalHeight(heights: readonly number[]): number | null {
  const sorted = heights.filter((h) => h > 0).sort((a, b) => a - b)
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Sets --note-block-height on the editor to the height a top-level block of this note takes,
 * gap included, as measured on the chunks shown so far: chunks not yet shown (content-visibility:
 * auto, see NoteChunk) count as that many blocks that tall, so the scrollbar of a long note is
 * about right from the start. Chunks are measured as Chromium first renders them (when they come
 * near the screen), so opening does not wait for it.
 */
export function useBlockHeightEstimate(editor: Editor | null): void {
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return
    const root = editor.view.dom
    const heights: number[] = []
    let frame = 0
    const onStateChange = (event: Event): void => {
      const chunk = event.target as HTMLElement
      if ((event as Event & { skipped?: boolean }).skipped) return
      if (chunk.parentElement !== root || !chunk.classList.contains('note-chunk')) return
      if (heights.length >= SAMPLE || chunk.childElementCount === 0) return
      heights.push(chunk.getBoundingClientRect().height / chunk.childElementCount)
      // Once the chunks rendered together have all been measured.
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const height = typicalHeight(heights)
        if (height !== null) root.style.setProperty('--note-block-height', `${height}px`)
      })
    }
    // The event does not bubble: listen while it passes down to the chunk.
    root.addEventListener('contentvisibilityautostatechange', onStateChange, true)
    return () => {
      root.removeEventListener('contentvisibilityautostatechange', onStateChange, true)
      cancelAnimationFrame(frame)
    }
  }, [editor])
}
