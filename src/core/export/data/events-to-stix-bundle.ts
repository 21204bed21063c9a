import { briefToMarkdown } from '../brief/brief-to-markdown'
import { DEFAULT_TLP } from '../exchange-options'
import type { ExportContext, ExportData } from '../export-data'
import { sortEvents } from './sort-events'
import { acledEventExtension, eventReport } from './stix-acled-event'
import { stixActors } from './stix-actors'
import { authorIdentity } from './stix-author'
import { stixId, stixTime } from './stix-ids'
import { stixLocations } from './stix-locations'
import { tlpMarking } from './stix-markings'
import { eventNotes } from './stix-notes'
import { WORKBENCH_OBJECTS_CREATED, type StixObject } from './stix-object'
import { eventRelationships } from './stix-relationships'
import { workbenchUuid } from './workbench-uuid'

/**
 * A STIX 2.1 bundle of the events, in standard objects OpenCTI and MISP import (see
 * docs/exports.md for what each becomes there): the TLP marking chosen at export, the author
 * identity, the extension-definition of the ACLED properties, actors (`threat-actor` /
 * `identity`), `location`s (countries and places, each place `located-at` its country), one
 * `report` per event containing its places, actors, relationships and notes, `relationship`s
 * between actors, `note`s (event notes, cited evidence) and, when the scope holds briefing notes,
 * the brief as a Markdown `note` on every event. Every object carries the TLP marking.
 * Ids are UUIDv4-shaped and derived from our record ids, so the same records give the same
 * objects; `created` is fixed per id. Only the bundle id depends on the export time.
 */
export function eventsToStixBundle(data: ExportData, ctx: ExportContext): string {
  const now = stixTime(ctx.now, WORKBENCH_OBJECTS_CREATED)
  const events = sortEvents(data.events)
  const articles = new Map(data.articles.map((a) => [a.id, a]))
  const marking = tlpMarking(ctx.tlp ?? DEFAULT_TLP)
  const author = authorIdentity(ctx.author)
  const by = author.id
  const actors = stixActors(events, data.actors, by, now)
  const locations = stixLocations(events, by, now)
  const reports: StixObject[] = []
  const links: StixObject[] = []
  const notes: StixObject[] = []
  for (const event of events) {
    const article = articles.get(event.articleId)
    const refs = {
      actor1: actors.refOf(event.actor1),
      assocActor1: actors.refOf(event.assocActor1),
      actor2: actors.refOf(event.actor2),
      assocActor2: actors.refOf(event.assocActor2)
    }
    const place = locations.refOf(event)
    const reportId = stixId('report', event.id)
    const eventLinks = eventRelationships(event, refs, actors.isArmed, by, now)
    const eventNotesOf = eventNotes(
      event,
      reportId,
      { ...refs, location: place, country: locations.countryRefOf(event) },
      article,
      by,
      now
    )
    const actorRefs = [refs.actor1, refs.assocActor1, refs.actor2, refs.assocActor2].filter(
      (r): r is string => r !== null
    )
    const contents = [
      ...new Set([
        ...locations.refsOf(event),
        ...actorRefs,
        ...eventLinks.map((l) => l.id),
        ...eventNotesOf.map((n) => n.id)
      ])
    ]
    // STIX requires at least one ref; an event with nothing coded still names its author.
    reports.push(eventReport(event, article, contents.length > 0 ? contents : [by], by, now))
    links.push(...eventLinks)
    notes.push(...eventNotesOf)
  }
  const brief = briefNote(data, reports, by, now)
  const content = [
    author,
    acledEventExtension(by),
    ...actors.objects,
    ...locations.objects,
    ...reports,
    ...links,
    ...notes,
    ...(brief ? [brief] : [])
  ]
  // Every object is freshly built here, so it is marked in place rather than copied.
  for (const o of content) o['object_marking_refs'] = [marking.id]
  const bundle = {
    type: 'bundle',
    id: `bundle--${workbenchUuid(`bundle:${now}|${reports.map((r) => r.id).join(',')}`)}`,
    objects: [marking, ...content]
  }
  return `${JSON.stringify(bundle, null, 2)}\n`
}

/**
 * The briefing notes of the scope as one Markdown `note` on every event report. Its id derives
 * from the notes' ids and its dates from theirs; the Markdown is rendered as of the latest edit
 * (not the export time), so the same notes give the same object.
 */
function briefNote(
  data: ExportData,
  reports: readonly StixObject[],
  createdByRef: string,
  now: string
): StixObject | null {
  if (data.notes.length === 0 || reports.length === 0) return null
  const ids = data.notes.map((n) => n.id).sort()
  const created = data.notes.map((n) => stixTime(n.createdAt, now)).sort()[0]!
  const updated = data.notes.map((n) => stixTime(n.updatedAt, now)).sort()
  const modified = updated[updated.length - 1]! < created ? created : updated[updated.length - 1]!
  const markdown = briefToMarkdown(data, { now: modified, appVersion: 'stix' })
  return {
    type: 'note',
    spec_version: '2.1',
    id: stixId('note', `brief:${ids.join(',')}`),
    created,
    modified,
    created_by_ref: createdByRef,
    abstract: data.notes.length === 1 ? data.notes[0]!.title || 'Brief' : 'Brief',
    content: markdown,
    object_refs: reports.map((r) => r.id)
  }
}
