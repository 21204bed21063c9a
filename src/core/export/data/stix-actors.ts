import type { ActorRecord, EventActor, EventRecord, InterCode } from '../../../shared/model/event'
import { ACTOR_CATEGORIES } from '../../events/acled-codebook'
import { stixId, stixTimes } from './stix-ids'
import { WORKBENCH_OBJECTS_CREATED, withoutEmpty, type StixObject } from './stix-object'

/**
 * ACLED's armed categories become `threat-actor`s: 1 State forces, 2 Rebel groups, 3 Political
 * militias, 4 Identity militias, 8 External/Other forces — organised armed groups, which is what
 * STIX means by a threat actor. Rioters (5), protesters (6), civilians (7) and uncategorised actors
 * become `identity`s: crowds and victims are not actors "operating with malicious intent", and
 * labelling them threat actors in a shared feed would be wrong and harmful.
 */
export const ARMED_INTER_CODES: ReadonlySet<InterCode> = new Set<InterCode>([1, 2, 3, 4, 8])

// threat-actor-type-ov has no value for insurgents or militias; "unknown" is the honest one.
const THREAT_ACTOR_TYPES = (inter: InterCode): string[] =>
  inter === 1 || inter === 8 ? ['nation-state'] : ['unknown']
// identity-class-ov has "group", but importers type identities by this class and know only some:
// OpenCTI makes "class" a Sector and "organization" an Organization and has no entity for "group"
// or "unknown" (the object is dropped); MISP makes "class" a sector galaxy cluster and
// "organization" an organization object. So civilians, a class of people, are "class"; crowds
// (rioters, protesters) and the uncategorised are "organization", the collective both accept.
const IDENTITY_CLASS = (inter: InterCode | null): string => (inter === 7 ? 'class' : 'organization')

interface ActorEntry {
  key: string
  name: string
  inter: InterCode | null
  record: ActorRecord | null
  createdAt: string
  updatedAt: string
}

/** The STIX actors of a set of events and the way from an event's actor to its object id. */
export interface StixActors {
  objects: StixObject[]
  refOf(actor: EventActor | null): string | null
  isArmed(ref: string): boolean
}

/**
 * One object per registry actor (or per name, for actors not in the registry) cited by the events,
 * typed by its category: the registry's, else the first event's (events in export order).
 */
export function stixActors(
  events: readonly EventRecord[],
  registry: readonly ActorRecord[],
  createdByRef: string,
  now: string
): StixActors {
  const byId = new Map(registry.map((a) => [a.id, a]))
  const keyOf = (a: EventActor): string =>
    a.actorId && byId.has(a.actorId) ? `actor:${a.actorId}` : `name:${a.name.trim().toLowerCase()}`
  const entries = new Map<string, ActorEntry>()
  for (const e of events) {
    for (const a of [e.actor1, e.assocActor1, e.actor2, e.assocActor2]) {
      if (!a || a.name.trim() === '') continue
      const key = keyOf(a)
      const entry = entries.get(key)
      if (entry) {
        entry.inter ??= a.inter
        if (e.updatedAt > entry.updatedAt && !entry.record) entry.updatedAt = e.updatedAt
        continue
      }
      const record = a.actorId ? (byId.get(a.actorId) ?? null) : null
      entries.set(key, {
        key,
        name: record?.name ?? a.name.trim(),
        inter: record?.category ?? a.inter,
        record,
        // STIX forbids `created` to change for an id. An actor known only by name has no record
        // and so no creation date of its own: the earliest event citing it would change when an
        // earlier event joins the export, so it gets the workbench's fixed date instead.
        createdAt: record?.createdAt ?? WORKBENCH_OBJECTS_CREATED,
        updatedAt: record?.updatedAt ?? e.updatedAt
      })
    }
  }
  const refs = new Map<string, string>()
  const armed = new Set<string>()
  const objects = [...entries.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => {
      const isArmed = entry.inter !== null && ARMED_INTER_CODES.has(entry.inter)
      const type = isArmed ? 'threat-actor' : 'identity'
      const id = stixId(type, entry.key)
      refs.set(entry.key, id)
      if (isArmed) armed.add(id)
      return actorObject(entry, type, id, createdByRef, now)
    })
  return {
    objects,
    refOf: (a) => (a && a.name.trim() !== '' ? (refs.get(keyOf(a)) ?? null) : null),
    isArmed: (ref) => armed.has(ref)
  }
}

function actorObject(
  entry: ActorEntry,
  type: 'threat-actor' | 'identity',
  id: string,
  createdByRef: string,
  now: string
): StixObject {
  const category =
    entry.inter === null
      ? 'No ACLED actor category coded.'
      : `ACLED actor category ${entry.inter}: ${ACTOR_CATEGORIES[entry.inter]}.`
  const notes = entry.record?.notes.trim() ?? ''
  const common = {
    type,
    spec_version: '2.1' as const,
    id,
    ...stixTimes(entry.createdAt, entry.updatedAt, now),
    created_by_ref: createdByRef,
    name: entry.name,
    description: notes ? `${category}\n\n${notes}` : category
  }
  if (type === 'threat-actor') {
    return withoutEmpty({
      ...common,
      threat_actor_types: THREAT_ACTOR_TYPES(entry.inter as InterCode),
      aliases: entry.record?.aliases ?? []
    })
  }
  return withoutEmpty({ ...common, identity_class: IDENTITY_CLASS(entry.inter) })
}
