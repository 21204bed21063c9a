import type { AnnotationRecord } from '@shared/model/annotation'
import type { WorkbenchDb } from '../../workbench-db'

/** Deletes an annotation and returns it, so undo can put it back exactly. */
export function deleteAnnotation(
  db: WorkbenchDb,
  id: string
): Promise<AnnotationRecord | undefined> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id)
    if (before) await db.annotations.delete(id)
    return before
  })
}
