import type { AnnotationRecord } from '@shared/model/annotation'
import type { WorkbenchDb } from '../../workbench-db'

export type AnnotationPatch = Partial<Omit<AnnotationRecord, 'id' | 'articleId' | 'createdAt'>>

/** Applies a patch in one transaction and returns the record before and after, for undo. */
export function updateAnnotation(
  db: WorkbenchDb,
  id: string,
  patch: AnnotationPatch,
  now: Date
): Promise<{ before: AnnotationRecord; after: AnnotationRecord }> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id)
    if (!before) throw new Error('This annotation no longer exists.')
    const after: AnnotationRecord = { ...before, ...patch, updatedAt: now.toISOString() }
    await db.annotations.put(after)
    return { before, after }
  })
}
