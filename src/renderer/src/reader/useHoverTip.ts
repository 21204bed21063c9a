import { useCallback, useEffect, useRef, useState } from 'react'
import type { AnnotationIndex } from './annotations-at'
import { offsetAtPoint } from './text-offsets'

/** The pointer must rest this long on the same annotations before their tip shows. */
export const TIP_DELAY_MS = 150

export interface HoverTip {
  x: number
  y: number
  /** Each annotation under the pointer: its colour label and comment, one per line. */
  text: string
}

interface HoverTipHandlers {
  tip: HoverTip | null
  onMouseMove: (e: React.MouseEvent) => void
  onMouseLeave: () => void
}

/**
 * The hover tip of the highlights under the pointer. It shows once the pointer has rested on the
 * same annotations for TIP_DELAY_MS, where the pointer then is, and goes as soon as they change.
 *
 * Any DOM or style change makes Chromium rebuild every registered highlight's markers and
 * repaint the text they cover. A tip that followed the pointer, or changed with every highlight
 * the pointer crossed, did that on every mouse move: in the reader bench (scroll a 1,000-highlight
 * article, hovering highlights) it was 6 of the scroll's 10 s of main-thread CPU time. Sweeping
 * across the text now changes nothing; only a pause shows a tip.
 */
export function useHoverTip(index: AnnotationIndex, labels: readonly string[]): HoverTipHandlers {
  const [tip, setTip] = useState<(HoverTip & { key: string }) | null>(null)
  const pending = useRef<{ key: string; timer: number } | null>(null)
  const pointer = useRef({ x: 0, y: 0 })

  const cancel = (): void => {
    if (pending.current) window.clearTimeout(pending.current.timer)
    pending.current = null
  }
  useEffect(() => cancel, [])

  const onMouseMove = (e: React.MouseEvent): void => {
    pointer.current = { x: e.clientX, y: e.clientY }
    const offset = offsetAtPoint(e.clientX, e.clientY)
    const hits = offset === null ? [] : index.at(offset)
    const key = hits.map((a) => a.id).join(' ')
    if (key === (pending.current?.key ?? tip?.key ?? '')) return
    cancel()
    if (tip) setTip(null)
    if (!key) return
    const text = hits
      // The comment's plain text keeps a blank line between blocks; one line break reads better.
      .map((a) =>
        [labels[a.colour], a.commentText.replace(/\n\s*\n/g, '\n')].filter(Boolean).join(': ')
      )
      .join('\n')
    const timer = window.setTimeout(() => {
      pending.current = null
      setTip({ ...pointer.current, text, key })
    }, TIP_DELAY_MS)
    pending.current = { key, timer }
  }

  const onMouseLeave = useCallback((): void => {
    cancel()
    setTip(null)
  }, [])

  return { tip, onMouseMove, onMouseLeave }
}
