import type { ActorRecord, EventRecord } from '@shared/model/event'
import type { WorkbenchDb } from '../workbench-db'

/** An article's events, by date (undated last). */
export async function listEvents(
  db: WorkbenchDb,
  articleId: string | undefined
): Promise<EventRecord[]> {
  if (!articleId) return []
  const events = await db.events.where('articleId').equals(articleId).toArray()
  return events.sort(
    (a, b) =>
      (a.eventDate || '9999').localeCompare(b.eventDate || '9999') ||
      a.createdAt.localeCompare(b.createdAt)
  )
}

/** Every event in the workbench, for duplicate checks across articles. */
export function listAllEvents(db: WorkbenchDb): Promise<EventRecord[]> {
  return db.events.toArray()
}

/** The actor registry, by name. */
export function listActors(db: WorkbenchDb): Promise<ActorRecord[]> {
  return db.actors.orderBy('name').toArray()
}
