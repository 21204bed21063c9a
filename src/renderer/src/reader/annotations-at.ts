import type { AnnotationRecord } from '../../../shared/model/annotation'

/** Annotations whose current anchor covers `offset`, narrowest first (the one the eye sees on top). */
export function annotationsAt(
  annotations: readonly AnnotationRecord[],
  offset: number
): AnnotationRecord[] {
  return annotations
    .filter(
      (a) => a.anchor.status !== 'orphaned' && a.anchor.start <= offset && offset < a.anchor.end
    )
    .sort((a, b) => a.anchor.end - a.anchor.start - (b.anchor.end - b.anchor.start))
}
