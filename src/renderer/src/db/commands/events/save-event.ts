import type { EventRecord } from '@shared/model/event'
import type { WorkbenchDb } from '../../workbench-db'

/** Writes an event (new or edited) and returns what it replaced, for undo. */
export function saveEvent(
  db: WorkbenchDb,
  event: EventRecord,
  now: Date
): Promise<{ before: EventRecord | undefined; after: EventRecord }> {
  return db.transaction('rw', db.events, async () => {
    const before = await db.events.get(event.id)
    const after = { ...event, updatedAt: now.toISOString() }
    await db.events.put(after)
    return { before, after }
  })
}

/** Writes several new events at once (accepting suggestions, splitting), all or nothing. */
export function addEvents(db: WorkbenchDb, events: EventRecord[]): Promise<void> {
  return db.transaction('rw', db.events, async () => {
    await db.events.bulkAdd(events)
  })
}

/** Deletes an event and returns it for undo. */
export function deleteEvent(db: WorkbenchDb, id: string): Promise<EventRecord | undefined> {
  return db.transaction('rw', db.events, async () => {
    const before = await db.events.get(id)
    if (before) await db.events.delete(id)
    return before
  })
}
