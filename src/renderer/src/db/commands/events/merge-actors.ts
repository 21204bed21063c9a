import type { ActorRecord, EventActor, EventRecord } from '@shared/model/event'
import type { WorkbenchDb } from '../../workbench-db'

const ACTOR_FIELDS = ['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const

/**
 * Merges `from` into `into`: its name and aliases become aliases of `into`, every event that
 * named it now names `into`, and `from` is deleted — one transaction, so no event is left
 * pointing at a deleted actor. Returns the previous records, for undo.
 */
export function mergeActors(
  db: WorkbenchDb,
  intoId: string,
  fromId: string,
  now: Date
): Promise<{ actorsBefore: ActorRecord[]; eventsBefore: EventRecord[] }> {
  return db.transaction('rw', db.actors, db.events, async () => {
    const into = await db.actors.get(intoId)
    const from = await db.actors.get(fromId)
    if (!into || !from) throw new Error('One of the actors no longer exists.')
    if (intoId === fromId) throw new Error('An actor cannot be merged into itself.')
    const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter(
      (a) => a.toLowerCase() !== into.name.toLowerCase()
    )
    await db.actors.put({
      ...into,
      aliases,
      category: into.category ?? from.category,
      updatedAt: now.toISOString()
    })
    const named = (a: EventActor | null): boolean =>
      !!a &&
      (a.actorId === fromId ||
        (a.actorId === null && a.name.toLowerCase() === from.name.toLowerCase()))
    const events = (await db.events.toArray()).filter((e) => ACTOR_FIELDS.some((f) => named(e[f])))
    for (const e of events) {
      const next = { ...e, updatedAt: now.toISOString() }
      for (const f of ACTOR_FIELDS) {
        const a = e[f]
        if (a && named(a))
          next[f] = { name: into.name, actorId: into.id, inter: a.inter ?? into.category }
      }
      await db.events.put(next)
    }
    await db.actors.delete(fromId)
    return { actorsBefore: [into, from], eventsBefore: events }
  })
}
