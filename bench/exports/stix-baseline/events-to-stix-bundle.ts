import type { ExportContext, ExportData } from '../../../src/core/export/export-data'
import { generatorName } from '../../../src/core/export/data/generator-name'
import { sortEvents } from '../../../src/core/export/data/sort-events'
import {
  ACLED_EVENT_EXTENSION_ID,
  ACLED_EVENT_TYPE,
  acledEventExtension,
  acledEventObject
} from './stix-acled-event'
import { stixActors } from './stix-actors'
import { stixId, stixTime } from './stix-ids'
import { workbenchUuid } from '../../../src/core/export/data/workbench-uuid'
import { stixLocations } from './stix-locations'
import { eventNotes } from './stix-notes'
import { WORKBENCH_OBJECTS_CREATED, type StixObject } from './stix-object'
import { eventRelationships } from './stix-relationships'

/** The workbench's own identity, the `created_by_ref` of everything it exports. */
export const WORKBENCH_IDENTITY_ID = stixId('identity', 'analyst-workbench')

/**
 * A STIX 2.1 bundle of the events: the workbench identity, the extension-definition of the event
 * object, actors (`threat-actor` / `identity`), `location`s, one `x-acled-event` per event,
 * `relationship`s, `note`s (event notes and cited evidence) and one `report` listing them all.
 * Ids are UUIDv5 of our record ids, so the same records give the same objects; only the report and
 * the bundle (which stand for this export) depend on `ctx.now`.
 */
export function eventsToStixBundle(data: ExportData, ctx: ExportContext): string {
  const now = stixTime(ctx.now, WORKBENCH_OBJECTS_CREATED)
  const events = sortEvents(data.events)
  const articles = new Map(data.articles.map((a) => [a.id, a]))
  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: WORKBENCH_IDENTITY_ID,
    created: WORKBENCH_OBJECTS_CREATED,
    modified: WORKBENCH_OBJECTS_CREATED,
    name: 'Analyst Workbench',
    description: 'The desktop workbench these objects were exported from.',
    identity_class: 'system'
  }
  const by = identity.id
  const actors = stixActors(events, data.actors, by, now)
  const locations = stixLocations(events, by, now)
  const eventObjects: StixObject[] = []
  const links: StixObject[] = []
  const notes: StixObject[] = []
  for (const event of events) {
    const article = articles.get(event.articleId)
    const refs = {
      actor1: actors.refOf(event.actor1),
      assocActor1: actors.refOf(event.assocActor1),
      actor2: actors.refOf(event.actor2),
      assocActor2: actors.refOf(event.assocActor2),
      location: locations.refOf(event)
    }
    const object = acledEventObject(event, article, refs, by, now)
    eventObjects.push(object)
    links.push(...eventRelationships(event, object.id, refs, actors.isArmed, by, now))
    notes.push(...eventNotes(event, object.id, article, by, now))
  }
  const content = [
    identity,
    acledEventExtension(by),
    ...actors.objects,
    ...locations.objects,
    ...eventObjects,
    ...links,
    ...notes
  ]
  const report = reportObject(content, events.length, ctx, now)
  const bundle = {
    type: 'bundle',
    id: `bundle--${workbenchUuid(`bundle:${report.id}`)}`,
    objects: [report, ...content]
  }
  return `${JSON.stringify(bundle, null, 2)}\n`
}

function reportObject(
  content: readonly StixObject[],
  eventCount: number,
  ctx: ExportContext,
  now: string
): StixObject {
  const eventIds = content.filter((o) => o.type === ACLED_EVENT_TYPE).map((o) => o.id)
  return {
    type: 'report',
    spec_version: '2.1',
    id: stixId('report', `${now}|${eventIds.join(',')}`),
    created: now,
    modified: now,
    created_by_ref: WORKBENCH_IDENTITY_ID,
    name: `Events exported from Analyst Workbench (${eventCount} ${eventCount === 1 ? 'event' : 'events'})`,
    description:
      `${eventCount} events coded after the ACLED codebook, exported by ${generatorName(ctx)}. ` +
      `STIX 2.1 has no object for a physical event, so each event is an "${ACLED_EVENT_TYPE}" ` +
      `object defined by the extension-definition ${ACLED_EVENT_EXTENSION_ID} and carrying every ` +
      'ACLED column. Tools that do not know the extension still get the actors, locations, ' +
      'relationships and notes. Confidence follows the STIX 2.1 Admiralty credibility mapping.',
    published: now,
    // report-type-ov: "threat-report" is a report on a threat in general; "observed-data" means a
    // report of STIX observed-data (cyber observables), which coded events are not.
    report_types: ['threat-report'],
    object_refs: content.map((o) => o.id)
  }
}
