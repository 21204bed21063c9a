import { useState } from 'react'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { AnnotationIndex } from './annotations-at'
import { paintSignature } from './paint-highlights'

/**
 * The index the reader paints its highlights from: `index` (of `annotations`), kept as the same
 * object until something painted changes (paintSignature), so the highlights are not registered
 * again. Every comment keystroke stores its annotation and the article's list comes anew; each
 * registration makes Chromium rebuild the markers of every highlight and repaint the text under
 * them, a frame's work that followed every key. Hit-testing (the hover tip shows the comment)
 * uses the latest index, not this one.
 */
export function usePaintedIndex(
  annotations: readonly AnnotationRecord[],
  index: AnnotationIndex
): AnnotationIndex {
  const key = paintSignature(annotations)
  const [kept, setKept] = useState({ key, index })
  if (kept.key !== key) {
    // React's way of adjusting state to new props: this render's answer stands, and the next
    // render keeps it.
    setKept({ key, index })
    return index
  }
  return kept.index
}
