// Saving an event adds its actors to the shared registry, so the next article's suggestions and
// type-ahead know them. The registry must not fill with spellings of one group ("Kataib
// Hezbollah", "kataib hezbollah", "Kata'ib Hezbollah"): names and aliases are compared folded.
import type { ActorRecord, EventActor, EventRecord } from '../../shared/model/event'
import { foldName } from './fold-name'

const ACTOR_SLOTS = ['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const

/** What saving `event` does to the registry: new actors, filled-in actors, and the linked event. */
export interface ActorRegistration {
  /** The event with every actor linked to its registry entry (`actorId`). */
  event: EventRecord
  added: ActorRecord[]
  /** Registry actors that gained a category or country they lacked. */
  updated: { before: ActorRecord; after: ActorRecord }[]
}

/** The registry actor named `name` (folded), by its name or one of its aliases. */
export function findRegistryActor(
  registry: readonly ActorRecord[],
  name: string
): ActorRecord | undefined {
  const key = foldName(name)
  if (key === '') return undefined
  return (
    registry.find((a) => foldName(a.name) === key) ??
    registry.find((a) => a.aliases.some((x) => foldName(x) === key))
  )
}

/**
 * The actor's own country as the event shows it: the event's country, except for External/Other
 * forces (inter 8), which by definition are a state's forces acting outside their country.
 */
function homeCountry(actor: EventActor, event: EventRecord): string {
  return actor.inter === 8 ? '' : event.countryCode
}

/**
 * Links each actor of `event` to the registry, adding those it lacks (with their category and
 * country) and filling a category or country a known actor lacks. Pure: returns the changes.
 */
export function registerEventActors(
  event: EventRecord,
  registry: readonly ActorRecord[],
  newId: () => string,
  now: Date
): ActorRegistration {
  const stamp = now.toISOString()
  const known = new Map(registry.map((a) => [a.id, a]))
  const original = new Map(registry.map((a) => [a.id, a]))
  const added: ActorRecord[] = []
  const next: EventRecord = { ...event }
  for (const slot of ACTOR_SLOTS) {
    const actor = event[slot]
    if (!actor || actor.name.trim() === '') continue
    const all = [...known.values()]
    const byId = actor.actorId !== null ? known.get(actor.actorId) : undefined
    const hit = byId ?? findRegistryActor(all, actor.name)
    if (!hit) {
      const created: ActorRecord = {
        id: newId(),
        name: actor.name.trim(),
        aliases: [],
        category: actor.inter,
        countryCode: homeCountry(actor, event),
        notes: '',
        createdAt: stamp,
        updatedAt: stamp
      }
      known.set(created.id, created)
      added.push(created)
      next[slot] = { ...actor, actorId: created.id }
      continue
    }
    const category = hit.category ?? actor.inter
    const countryCode = hit.countryCode !== '' ? hit.countryCode : homeCountry(actor, event)
    if (category !== hit.category || countryCode !== hit.countryCode) {
      known.set(hit.id, { ...hit, category, countryCode, updatedAt: stamp })
    }
    next[slot] = { ...actor, actorId: hit.id, inter: actor.inter ?? hit.category }
  }
  const addedIds = new Set(added.map((a) => a.id))
  const updated = [...known.values()]
    .filter((a) => !addedIds.has(a.id) && original.get(a.id) !== a)
    .flatMap((after) => {
      const before = original.get(after.id)
      return before ? [{ before, after }] : []
    })
  return { event: next, added, updated }
}
