import type { Editor } from '@tiptap/core'
import { useLayoutEffect } from 'react'

/** How many paragraphs the estimate is taken from. */
const SAMPLE = 40

/** The median of some block heights (px), or null without any. */
export function typicalHeight(heights: readonly number[]): number | null {
  const sorted = heights.filter((h) => h > 0).sort((a, b) => a - b)
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Sets --note-block-height on the editor to the height of a typical paragraph: blocks not yet
 * shown (content-visibility: auto) count as that tall, so the scrollbar of a long note is about
 * right from the start. The paragraphs are measured as Chromium first renders them (when they
 * come near the screen), so opening does not wait for it.
 */
export function useBlockHeightEstimate(editor: Editor | null): void {
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return
    const root = editor.view.dom
    const heights: number[] = []
    let frame = 0
    const onStateChange = (event: Event): void => {
      const block = event.target as HTMLElement
      if ((event as Event & { skipped?: boolean }).skipped) return
      if (block.parentElement !== root || block.tagName !== 'P' || heights.length >= SAMPLE) return
      heights.push(block.getBoundingClientRect().height)
      // Once the blocks rendered together have all been measured.
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const height = typicalHeight(heights)
        if (height !== null) root.style.setProperty('--note-block-height', `${height}px`)
      })
    }
    // The event does not bubble: listen while it passes down to the block.
    root.addEventListener('contentvisibilityautostatechange', onStateChange, true)
    return () => {
      root.removeEventListener('contentvisibilityautostatechange', onStateChange, true)
      cancelAnimationFrame(frame)
    }
  }, [editor])
}
