import type { EventRecord } from '../../../src/shared/model/event'
import { stixConfidence } from './stix-confidence'
import { stixId, stixTimes } from './stix-ids'
import type { EventRefs } from './stix-acled-event'
import type { StixObject } from './stix-object'

/**
 * An armed actor coded with civilians (7) or protesters (6) on the same violent or interventional
 * event: ACLED's categories fix who acted on whom there (civilians are unarmed by definition, and
 * protesters who fight are coded rioters). Returns [armed, unarmed] ids, or null.
 */
function oneSided(
  event: EventRecord,
  refs: EventRefs,
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
 * The relationships one event implies:
 * - `located-at` event → its location;
 * - `related-to` event → each actor coded on it (no direction: actor 1 and 2 do not say who
 *   attacked whom, so a battle links both sides only through the event);
 * - for one-sided violence (see `oneSided`) `targets` armed actor → civilians/protesters, and
 *   `attributed-to` event → the armed actor, as STIX attributes a campaign to a threat actor.
 */
export function eventRelationships(
  event: EventRecord,
  eventId: string,
  refs: EventRefs,
  isArmed: (ref: string) => boolean,
  createdByRef: string,
  now: string
): StixObject[] {
  const times = stixTimes(event.createdAt, event.updatedAt, now)
  const out: StixObject[] = []
  const seen = new Set<string>()
  const add = (type: string, source: string, target: string, description: string): void => {
    const key = `${type}|${source}|${target}`
    if (seen.has(key)) return
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
  if (refs.location) add('located-at', eventId, refs.location, 'Where the event took place.')
  for (const actor of [refs.actor1, refs.assocActor1, refs.actor2, refs.assocActor2]) {
    if (actor) add('related-to', eventId, actor, 'An actor coded on the event.')
  }
  const pair = oneSided(event, refs, isArmed)
  if (pair) {
    const [armed, unarmed] = pair
    add('targets', armed, unarmed, 'One-sided violence or intervention coded on the event.')
    add('attributed-to', eventId, armed, 'The armed actor of a one-sided event.')
  }
  return out
}
