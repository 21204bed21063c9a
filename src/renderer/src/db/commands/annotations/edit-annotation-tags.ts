import { applyTagEdit, type TagEdit } from '@core/annotations/tag-edits'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { WorkbenchDb } from '../../workbench-db'

/**
 * Adds or removes one tag on the record as it is stored now, inside one transaction: tags typed
 * in quick succession each land, where writing the list the screen last showed kept only the
 * last. Returns the record before and after, for undo; null when nothing changed.
 */
export function editAnnotationTags(
  db: WorkbenchDb,
  id: string,
  edit: TagEdit,
  now: Date
): Promise<{ before: AnnotationRecord; after: AnnotationRecord } | null> {
  return db.transaction('rw', db.annotations, async () => {
    const before = await db.annotations.get(id)
    if (!before) throw new Error('This annotation no longer exists.')
    const tags = applyTagEdit(before.tags, edit)
    if (tags.length === before.tags.length && tags.every((t, i) => t === before.tags[i]))
      return null
    const after: AnnotationRecord = { ...before, tags, updatedAt: now.toISOString() }
    await db.annotations.put(after)
    return { before, after }
  })
}
