import type { AnnotationRecord } from '@shared/model/annotation'
import type { WorkbenchDb } from '../workbench-db'

/** An article's annotations in reading order (orphans, which have no position, last). */
export async function listAnnotations(
  db: WorkbenchDb,
  articleId: string | undefined
): Promise<AnnotationRecord[]> {
  if (!articleId) return []
  const all = await db.annotations.where('articleId').equals(articleId).toArray()
  return all.sort((a, b) => position(a) - position(b) || a.createdAt.localeCompare(b.createdAt))
}

function position(a: AnnotationRecord): number {
  return a.anchor.status === 'orphaned' ? Number.MAX_SAFE_INTEGER : a.anchor.start
}
