import { registerEventActors } from '@core/events/register-actors'
import type { ActorRecord, EventRecord } from '@shared/model/event'
import type { WorkbenchDb } from '../../workbench-db'

/** One record's change, as undo needs it: what was there (undefined: nothing) and what is now. */
export interface RecordChange<T> {
  before: T | undefined
  after: T | undefined
}

/** What saving events with their actors changed, for one undo step. */
export interface SavedWithActors {
  events: RecordChange<EventRecord>[]
  actors: RecordChange<ActorRecord>[]
}

/**
 * Writes events (new or edited) and adds their actors to the registry in one transaction: unknown
 * actors are created (deduplicated by folded name and alias), known ones linked and completed.
 * `replace` ids are deleted in the same transaction (the event a split part replaces).
 */
export function saveEventsWithActors(
  db: WorkbenchDb,
  events: readonly EventRecord[],
  newId: () => string,
  now: Date,
  replace: readonly string[] = []
): Promise<SavedWithActors> {
  return db.transaction('rw', db.events, db.actors, async () => {
    const registry = await db.actors.toArray()
    const actorsBefore = new Map(registry.map((a) => [a.id, a]))
    const current = new Map(registry.map((a) => [a.id, a]))
    const eventChanges: RecordChange<EventRecord>[] = []
    for (const id of replace) {
      const before = await db.events.get(id)
      if (before && !events.some((e) => e.id === id)) {
        await db.events.delete(id)
        eventChanges.push({ before, after: undefined })
      }
    }
    for (const event of events) {
      const result = registerEventActors(event, [...current.values()], newId, now)
      for (const a of result.added) current.set(a.id, a)
      for (const u of result.updated) current.set(u.after.id, u.after)
      const before = await db.events.get(event.id)
      const after = { ...result.event, updatedAt: now.toISOString() }
      await db.events.put(after)
      eventChanges.push({ before, after })
    }
    const actorChanges = [...current.values()]
      .filter((a) => actorsBefore.get(a.id) !== a)
      .map((after) => ({ before: actorsBefore.get(after.id), after }))
    if (actorChanges.length > 0) await db.actors.bulkPut(actorChanges.map((c) => c.after))
    return { events: eventChanges, actors: actorChanges }
  })
}
