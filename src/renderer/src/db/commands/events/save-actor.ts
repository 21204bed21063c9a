import { findRegistryActor, foldName } from '@core/events'
import type { ActorRecord } from '@shared/model/event'
import type { WorkbenchDb } from '../../workbench-db'

/**
 * Writes an actor to the shared registry. A name another actor already has, as its name or an
 * alias (ignoring case, accents and punctuation), is refused: it would be the same group twice.
 */
export function saveActor(
  db: WorkbenchDb,
  actor: ActorRecord,
  now: Date
): Promise<{ before: ActorRecord | undefined; after: ActorRecord }> {
  return db.transaction('rw', db.actors, async () => {
    const others = (await db.actors.toArray()).filter((a) => a.id !== actor.id)
    for (const name of [actor.name, ...actor.aliases]) {
      const clash = findRegistryActor(others, name)
      if (clash)
        throw new Error(
          foldName(clash.name) === foldName(name)
            ? `An actor named “${clash.name}” is already in the registry.`
            : `“${name}” is already in the registry, as an alias of “${clash.name}”.`
        )
    }
    const before = await db.actors.get(actor.id)
    const after = { ...actor, updatedAt: now.toISOString() }
    await db.actors.put(after)
    return { before, after }
  })
}
