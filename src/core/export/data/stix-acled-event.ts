import type { ArticleRecord } from '../../../shared/model/article'
import type { EventRecord } from '../../../shared/model/event'
import type { AdmiraltyGrade } from '../../../shared/model/grade'
import { admiraltyMachineTags, describeGrade, formatGrade } from '../../grading/admiralty'
import { ACLED_CSV_COLUMNS } from './acled-csv-columns'
import { acledRow } from './acled-row'
import { stixConfidence } from './stix-confidence'
import { stixId, stixTime, stixTimes } from './stix-ids'
import { safeWebUrl } from '../safe-href'
import { WORKBENCH_OBJECTS_CREATED, withoutEmpty, type StixObject } from './stix-object'

/** The extension-definition of the ACLED properties carried by each event's report. */
export const ACLED_EVENT_EXTENSION_ID = stixId('extension-definition', 'acled-event-properties')

// STIX allows `schema` to be "plain text explaining the definition" when there is no URL to host a
// JSON schema at; this is that text, so it must list every property the extension carries.
const SCHEMA = [
  'Property extension of the "report" that stands for one political violence or demonstration',
  'event coded after the ACLED codebook (one record per event, atomic per day and location).',
  `Properties: ${ACLED_CSV_COLUMNS.join(', ')} — named, typed and valued as in ACLED's public`,
  'data export (numbers for year, time_precision, inter1, inter2, interaction, iso, latitude,',
  'longitude, geo_precision, fatalities, timestamp; absent when unknown; fatalities absent, not 0,',
  'when no figure was reported); fatalities_phrase (the source’s own words for the toll);',
  'context (PLOVER mention context: current, historical, future, hypothetical, negated);',
  'ontology_code {ontology, version, code, label}; admiralty_grade (e.g. "B2", NATO Admiralty',
  'source reliability and information credibility).'
].join(' ')

/** The extension-definition that declares the ACLED properties (a property-extension). */
export function acledEventExtension(createdByRef: string): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: ACLED_EVENT_EXTENSION_ID,
    created: WORKBENCH_OBJECTS_CREATED,
    modified: WORKBENCH_OBJECTS_CREATED,
    created_by_ref: createdByRef,
    name: 'ACLED event properties',
    description:
      'Every column of ACLED’s public export, on the report that stands for one coded event, ' +
      'for tools that read ACLED data; the event itself travels in standard objects.',
    schema: SCHEMA,
    version: '2.0.0',
    extension_types: ['property-extension']
  }
}

/** A readable title: "Air/drone strike — Amadiya, IRQ, 2024-05-03". */
export function eventTitle(event: EventRecord): string {
  const what = event.subEventType || event.eventType || 'Event'
  const where = [event.location || event.admin1, event.countryCode.toUpperCase()]
    .filter(Boolean)
    .join(', ')
  return [what, [where, event.eventDate].filter(Boolean).join(', ')].filter(Boolean).join(' — ')
}

/**
 * MISP's admiralty-scale taxonomy tags for a grade, e.g. `admiralty-scale:source-reliability="b"`
 * and `admiralty-scale:information-credibility="2"`: STIX labels that MISP turns into tags and
 * OpenCTI into labels, so the letter (which STIX confidence cannot carry) survives the import.
 */
export function admiraltyLabels(grade: AdmiraltyGrade | null): string[] {
  return grade ? admiraltyMachineTags(grade) : []
}

const SHA256_HEX = /^[0-9a-f]{64}$/

/**
 * The article as a STIX external reference. STIX says a reference with a `url` SHOULD carry the
 * hashes of what the url serves; ours is the SHA-256 of the text as the workbench captured it (the
 * article's `contentHash`), so the reference carries the url only when that hash is known.
 */
export function articleReference(article: ArticleRecord | undefined): Record<string, unknown>[] {
  if (!article) return []
  const url = safeWebUrl(article.url)
  const hash = article.contentHash.replace(/^sha256:/, '').toLowerCase()
  const dated = article.publishedAt ? ` (${article.publishedAt})` : ''
  if (url && SHA256_HEX.test(hash)) {
    return [
      withoutEmpty({
        source_name: article.source || 'Article',
        description: `${article.title || 'Article'}${dated}. Hash: SHA-256 of the text as captured.`,
        url,
        hashes: { 'SHA-256': hash }
      })
    ]
  }
  return [
    withoutEmpty({
      source_name: article.source || 'Article',
      description: [`${article.title || 'Article'}${dated}`, url].filter(Boolean).join(' — ')
    })
  ]
}

/** The way back to the event in the workbench: its id, without a url only the workbench opens. */
export function workbenchReference(event: EventRecord): Record<string, string> {
  return {
    source_name: 'Analyst Workbench',
    description: 'The event’s id in the workbench it was coded in.',
    external_id: event.id
  }
}

function eventDescription(event: EventRecord, article: ArticleRecord | undefined): string {
  const who = [event.actor1?.name, event.actor2?.name].filter(Boolean).join(' and ')
  const toll =
    event.fatalities === null
      ? 'No fatality figure reported.'
      : `${event.fatalities} reported fatalities${event.fatalitiesPhrase ? ` (“${event.fatalitiesPhrase}”)` : ''}.`
  return [
    `${eventTitle(event)}.${who ? ` Actors: ${who}.` : ''} ${toll}`,
    event.grade ? `Admiralty grade ${describeGrade(event.grade)}.` : '',
    event.notes.trim(),
    article?.title
      ? `Source: “${article.title}”${article.source ? `, ${article.source}` : ''}.`
      : ''
  ]
    .filter(Boolean)
    .join('\n\n')
}

/**
 * The `report` that stands for one event. STIX 2.1 has no object for a physical event, and both
 * importers read a report: OpenCTI keeps it as a Report containing the event's places, actors and
 * relationships; MISP's STIX import makes one MISP event of each report, with its contents as
 * objects and galaxies. The ACLED columns ride along in a property-extension.
 */
export function eventReport(
  event: EventRecord,
  article: ArticleRecord | undefined,
  objectRefs: readonly string[],
  createdByRef: string,
  now: string
): StixObject {
  const row = acledRow(event)
  const acled: Record<string, unknown> = {}
  for (const column of ACLED_CSV_COLUMNS) acled[column] = row[column]
  const times = stixTimes(event.createdAt, event.updatedAt, now)
  return withoutEmpty({
    type: 'report',
    spec_version: '2.1' as const,
    id: stixId('report', event.id),
    ...times,
    created_by_ref: createdByRef,
    name: eventTitle(event),
    description: eventDescription(event, article),
    // report-type-ov: a report on a threat (here a political violence or protest event).
    report_types: ['threat-report'],
    // Fixed per id: the report is "published" when the event was coded, not at each export.
    published: stixTime(event.createdAt, now),
    object_refs: [...objectRefs],
    labels: admiraltyLabels(event.grade),
    ...stixConfidence(event.grade),
    external_references: [...articleReference(article), workbenchReference(event)],
    extensions: {
      [ACLED_EVENT_EXTENSION_ID]: withoutEmpty({
        extension_type: 'property-extension',
        ...acled,
        fatalities_phrase: event.fatalitiesPhrase,
        context: event.context,
        ontology_code: event.ontologyCode ?? undefined,
        admiralty_grade: event.grade ? formatGrade(event.grade) : undefined
      })
    }
  })
}
