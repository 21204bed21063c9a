import type { EventRecord } from '../../../shared/model/event'
import { stixConfidence } from './stix-confidence'
import { stixId, stixTimes } from './stix-ids'
import type { StixObject } from './stix-object'

/** The object ids of an event's actors, resolved by the bundle writer. */
export interface EventActorRefs {
  actor1: string | null
  assocActor1: string | null
  actor2: string | null
  assocActor2: string | null
}

/**
 * An armed actor coded with civilians (7) or protesters (6) on the same violent or interventional
 * event: ACLED's categories fix who acted on whom there (civilians are unarmed by definition, and
 * protesters who fight are coded rioters). Returns [armed, unarmed] ids, or null.
 */
function oneSided(
  event: EventRecord,
  refs: EventActorRefs,
  isArmed: (ref: string) => boolean
): [string, string] | null {
  if (event.eventType === 'Strategic developments' || event.subEventType === 'Peaceful protest') {
    return null
  }
  const pairs: [string | null, number | null | undefined, string | null][] = [
    [refs.actor1, event.actor2?.inter, refs.actor2],
    [refs.actor2, event.actor1?.inter, refs.actor1]
  ]
  for (const [armed, otherInter, other] of pairs) {
    if (armed && other && isArmed(armed) && (otherInter === 6 || otherInter === 7)) {
      return [armed, other]
    }
  }
  return null
}

/**
 * The relationships between the objects of one event, all between standard objects so importers
 * keep them (OpenCTI checks each type pair against its schema; `related-to` is always accepted):
 * - one-sided violence (see `oneSided`): `targets` armed threat-actor → civilians/protesters;
 * - otherwise actor 1 `related-to` actor 2 (ACLED's sides do not say who attacked whom);
 * - each associated actor `related-to` the main actor of its side.
 * The event itself is the `report` that contains these, its location and its actors.
 */
export function eventRelationships(
  event: EventRecord,
  refs: EventActorRefs,
  isArmed: (ref: string) => boolean,
  createdByRef: string,
  now: string
): StixObject[] {
  const times = stixTimes(event.createdAt, event.updatedAt, now)
  const out: StixObject[] = []
  const seen = new Set<string>()
  const add = (type: string, source: string, target: string, description: string): void => {
    const key = `${type}|${source}|${target}`
    if (source === target || seen.has(key)) return
    seen.add(key)
    out.push({
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship', `${event.id}|${key}`),
      ...times,
      created_by_ref: createdByRef,
      relationship_type: type,
      source_ref: source,
      target_ref: target,
      description,
      ...stixConfidence(event.grade)
    })
  }
  const pair = oneSided(event, refs, isArmed)
  const on = `${event.eventDate || 'an undated event'}${event.location ? ` in ${event.location}` : ''}`
  if (pair) add('targets', pair[0], pair[1], `One-sided violence or intervention on ${on}.`)
  else if (refs.actor1 && refs.actor2) {
    add('related-to', refs.actor1, refs.actor2, `Opposite sides of the event on ${on}.`)
  }
  if (refs.assocActor1 && refs.actor1) {
    add('related-to', refs.assocActor1, refs.actor1, `Associated with actor 1 on ${on}.`)
  }
  if (refs.assocActor2 && refs.actor2) {
    add('related-to', refs.assocActor2, refs.actor2, `Associated with actor 2 on ${on}.`)
  }
  return out
}
