import type { ActorRecord } from '../../../../../shared/model/event'
import type { WorkbenchDb } from '../../workbench-db'

/** Writes an actor to the shared registry; a second actor of the same name is refused. */
export function saveActor(
  db: WorkbenchDb,
  actor: ActorRecord,
  now: Date
): Promise<{ before: ActorRecord | undefined; after: ActorRecord }> {
  return db.transaction('rw', db.actors, async () => {
    const clash = (await db.actors.where('name').equalsIgnoreCase(actor.name).toArray()).find(
      (a) => a.id !== actor.id
    )
    if (clash) throw new Error(`An actor named “${clash.name}” is already in the registry.`)
    const before = await db.actors.get(actor.id)
    const after = { ...actor, updatedAt: now.toISOString() }
    await db.actors.put(after)
    return { before, after }
  })
}
