import type { ArticleRecord } from '../../../src/shared/model/article'
import type { EventRecord } from '../../../src/shared/model/event'
import { formatGrade } from '../../../src/core/grading/admiralty'
import { deepLinkFor } from '../../../src/core/export/deep-link'
import { ACLED_CSV_COLUMNS } from '../../../src/core/export/data/acled-csv-columns'
import { acledRow } from '../../../src/core/export/data/acled-row'
import { stixConfidence } from './stix-confidence'
import { stixId, stixTimes } from './stix-ids'
import { safeWebUrl } from '../../../src/core/export/safe-href'
import { WORKBENCH_OBJECTS_CREATED, withoutEmpty, type StixObject } from './stix-object'

/** The custom SDO type that carries one ACLED-coded event (STIX 2.1 has no physical-event object). */
export const ACLED_EVENT_TYPE = 'x-acled-event'
export const ACLED_EVENT_EXTENSION_ID = stixId('extension-definition', ACLED_EVENT_TYPE)

// STIX allows `schema` to be "plain text explaining the definition" when there is no URL to host a
// JSON schema at; this is that text, so it must list every property the event object carries.
const SCHEMA = [
  `New SDO "${ACLED_EVENT_TYPE}": one political violence or demonstration event coded after the`,
  'ACLED codebook (one record per event, atomic per day and location).',
  `Properties: ${ACLED_CSV_COLUMNS.join(', ')} — named, typed and valued as in ACLED's public`,
  'data export (numbers for year, time_precision, inter1, inter2, interaction, iso, latitude,',
  'longitude, geo_precision, fatalities, timestamp; absent when unknown; fatalities absent, not 0,',
  'when no figure was reported); fatalities_phrase (the source’s own words for the toll);',
  'context (PLOVER mention context: current, historical, future, hypothetical, negated);',
  'ontology_code {ontology, version, code, label}; admiralty_grade (e.g. "B2", NATO Admiralty',
  'source reliability and information credibility); actor1_ref, assoc_actor_1_ref, actor2_ref,',
  'assoc_actor_2_ref (threat-actor or identity) and location_ref (location).'
].join(' ')

/** The extension-definition that declares the event SDO. */
export function acledEventExtension(createdByRef: string): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: ACLED_EVENT_EXTENSION_ID,
    created: WORKBENCH_OBJECTS_CREATED,
    modified: WORKBENCH_OBJECTS_CREATED,
    created_by_ref: createdByRef,
    name: 'ACLED event',
    description:
      'Carries events coded after the ACLED codebook, which STIX 2.1 has no object for, with every ' +
      'column of ACLED’s public export.',
    schema: SCHEMA,
    version: '1.0.0',
    extension_types: ['new-sdo']
  }
}

/** The object ids an event refers to, resolved by the bundle writer. */
export interface EventRefs {
  actor1: string | null
  assocActor1: string | null
  actor2: string | null
  assocActor2: string | null
  location: string | null
}

/** A readable title: "Air/drone strike — Amadiya, IRQ, 2024-05-03". */
export function eventTitle(event: EventRecord): string {
  const what = event.subEventType || event.eventType || 'Event'
  const where = [event.location || event.admin1, event.countryCode.toUpperCase()]
    .filter(Boolean)
    .join(', ')
  return [what, [where, event.eventDate].filter(Boolean).join(', ')].filter(Boolean).join(' — ')
}

/** One `x-acled-event` object carrying every ACLED field of the event. */
export function acledEventObject(
  event: EventRecord,
  article: ArticleRecord | undefined,
  refs: EventRefs,
  createdByRef: string,
  now: string
): StixObject {
  const row = acledRow(event)
  const acled: Record<string, unknown> = {}
  for (const column of ACLED_CSV_COLUMNS) acled[column] = row[column]
  return withoutEmpty({
    type: ACLED_EVENT_TYPE,
    spec_version: '2.1' as const,
    id: stixId(ACLED_EVENT_TYPE, event.id),
    ...stixTimes(event.createdAt, event.updatedAt, now),
    created_by_ref: createdByRef,
    name: eventTitle(event),
    ...acled,
    fatalities_phrase: event.fatalitiesPhrase,
    context: event.context,
    ontology_code: event.ontologyCode ?? undefined,
    admiralty_grade: event.grade ? formatGrade(event.grade) : undefined,
    ...stixConfidence(event.grade),
    actor1_ref: refs.actor1,
    assoc_actor_1_ref: refs.assocActor1,
    actor2_ref: refs.actor2,
    assoc_actor_2_ref: refs.assocActor2,
    location_ref: refs.location,
    external_references: eventReferences(event, article),
    extensions: { [ACLED_EVENT_EXTENSION_ID]: { extension_type: 'new-sdo' } }
  })
}

/** The way back to the event in the workbench and, when known, the article it was coded from. */
export function eventReferences(
  event: EventRecord,
  article: ArticleRecord | undefined
): Record<string, string>[] {
  const refs: Record<string, string>[] = [
    {
      source_name: 'Analyst Workbench',
      description: 'The event in the workbench',
      url: deepLinkFor({ articleId: event.articleId, eventId: event.id })
    }
  ]
  const articleUrl = safeWebUrl(article?.url)
  if (article && articleUrl) {
    refs.push(
      withoutEmpty({
        source_name: article.source || 'Article',
        description: article.title,
        url: articleUrl
      })
    )
  }
  return refs
}
