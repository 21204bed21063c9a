import type { ArticleRecord } from '../../../shared/model/article'
import type {
  ActorRecord,
  EventActor,
  EventContext,
  EventField,
  EventRecord
} from '../../../shared/model/event'
import { ACTOR_CATEGORIES } from '../../events/acled-codebook'
import { EVENT_FIELD_LABELS, EVENT_FIELDS } from '../../events/event-field-labels'
import { validEvidence } from '../../events/valid-evidence'
import { describeGrade, formatGrade } from '../../grading/admiralty'
import { briefToMarkdown } from '../brief/brief-to-markdown'
import { DEFAULT_TLP, type TlpLevel } from '../exchange-options'
import type { ExportContext, ExportData } from '../export-data'
import { safeWebUrl } from '../safe-href'
import { acledEventId } from './acled-row'
import { countryInfo } from './country-info'
import {
  linkObjects,
  mispObject,
  mispTimestamp,
  mispUuid,
  type AttributeSpec,
  type MispObject,
  type MispTag
} from './misp-objects'
import { sortEvents } from './sort-events'
import { admiraltyLabels, eventTitle } from './stix-acled-event'
import { stixTime } from './stix-ids'
import { WORKBENCH_OBJECTS_CREATED } from './stix-object'

/**
 * MISP's distribution for a TLP level (0 this organisation only, 1 this community, 2 connected
 * communities, 3 all communities): the sharing TLP allows, so MISP does not spread the event
 * further than the marking says. RED and AMBER+STRICT stay in the organisation.
 */
const DISTRIBUTION: Record<TlpLevel, string> = {
  clear: '3',
  green: '2',
  amber: '1',
  'amber+strict': '0',
  red: '0'
}

// The `event` object's status from the PLOVER mention context.
const STATUS: Record<EventContext, string> = {
  current: 'occurred',
  historical: 'occurred',
  future: 'pending',
  hypothetical: 'undetermined',
  negated: 'not-occurred'
}

const ANCHOR_REMARK = {
  exact: '',
  drifted: ' The passage has changed since it was cited (anchor drifted).',
  orphaned:
    ' The passage is no longer in the article (anchor orphaned); this is the original quote.'
} as const

/**
 * One MISP event (MISP's JSON event format, as "Add event → Import from JSON" and the REST API
 * read it) for the article or selection: `info`, `date`, `distribution` from the TLP, threat level
 * "undefined" (a threat level is a cyber judgement the coding does not make), analysis "completed"
 * when every event is graded, else "ongoing", and the TLP tag. Objects, built from the MISP object
 * templates: an `event` per coded event (with its admiralty-scale tags), a `geolocation` per place,
 * an `organization` per actor, an `annotation` per cited passage (current citations only), a
 * `report` per source article (title, link) and one for the brief in Markdown, linked by object
 * references. UUIDs derive from our record ids, so a re-import updates the same MISP objects.
 */
export function eventsToMispEvent(data: ExportData, ctx: ExportContext): string {
  const now = stixTime(ctx.now, WORKBENCH_OBJECTS_CREATED)
  const tlp = ctx.tlp ?? DEFAULT_TLP
  const events = sortEvents(data.events)
  const articles = new Map(data.articles.map((a) => [a.id, a]))
  const registry = new Map(data.actors.map((a) => [a.id, a]))
  const objects: MispObject[] = []

  const articleObjects = new Map<string, MispObject>()
  const articleObject = (article: ArticleRecord | undefined): MispObject | null => {
    if (!article) return null
    const known = articleObjects.get(article.id)
    if (known) return known
    const url = safeWebUrl(article.url)
    const object = mispObject(
      'report',
      `article:${article.id}`,
      'Source article',
      mispTimestamp(article.importedAt, now),
      [
        ['title', 'text', 'Other', article.title || 'Untitled article'],
        ['link', 'link', 'External analysis', url, 'The article on the web'],
        [
          'summary',
          'text',
          'Other',
          [
            article.source,
            article.byline,
            article.publishedAt && `published ${article.publishedAt}`
          ]
            .filter(Boolean)
            .join(', '),
          'Outlet, byline and publication date'
        ],
        ['type', 'text', 'Other', 'Source article']
      ]
    )
    articleObjects.set(article.id, object)
    objects.push(object)
    return object
  }

  const actorObjects = new Map<string, MispObject>()
  const actorObject = (actor: EventActor | null, e: EventRecord): MispObject | null => {
    if (!actor || actor.name.trim() === '') return null
    const record: ActorRecord | null = actor.actorId ? (registry.get(actor.actorId) ?? null) : null
    const key = record ? `actor:${record.id}` : `name:${actor.name.trim().toLowerCase()}`
    const known = actorObjects.get(key)
    if (known) return known
    const inter = record?.category ?? actor.inter
    const object = mispObject(
      'organization',
      key,
      inter === null ? 'Actor' : `ACLED actor category ${inter}`,
      mispTimestamp(record?.updatedAt ?? e.updatedAt, now),
      [
        ['name', 'text', 'Other', record?.name ?? actor.name.trim()],
        ...(record?.aliases ?? []).map((alias): AttributeSpec => ['alias', 'text', 'Other', alias]),
        [
          'type-of-organization',
          'text',
          'Other',
          inter === null ? null : `ACLED ${inter}: ${ACTOR_CATEGORIES[inter]}`
        ],
        // Civilians are by definition the victims of what is done to them.
        ['role', 'text', 'Other', inter === 7 ? 'Victim' : null],
        ['description', 'text', 'Other', record?.notes.trim()]
      ]
    )
    actorObjects.set(key, object)
    objects.push(object)
    return object
  }

  const placeObjects = new Map<string, MispObject>()
  const placeObject = (e: EventRecord): MispObject | null => {
    const hasPoint = e.latitude !== null && e.longitude !== null
    const info = e.countryCode ? countryInfo(e.countryCode) : null
    if (!info && !hasPoint && !e.location) return null
    const key = [
      e.countryCode.toUpperCase(),
      e.admin1,
      e.location,
      e.latitude ?? '',
      e.longitude ?? ''
    ].join('|')
    const known = placeObjects.get(key)
    if (known) return known
    const object = mispObject(
      'geolocation',
      key,
      e.location || e.admin1 || info?.name || 'Place',
      mispTimestamp(e.updatedAt, now),
      [
        ['city', 'text', 'Other', e.location],
        ['region', 'text', 'Other', e.admin1, 'First-level administrative division (ACLED admin1)'],
        ['country', 'text', 'Other', info?.name],
        ['countrycode', 'text', 'Other', info?.alpha2],
        ['latitude', 'float', 'Other', hasPoint ? e.latitude : null],
        ['longitude', 'float', 'Other', hasPoint ? e.longitude : null],
        ['spacial-reference', 'text', 'Other', hasPoint ? 'WGS84 EPSG:4326' : null]
      ]
    )
    placeObjects.set(key, object)
    objects.push(object)
    return object
  }

  const eventObjects: MispObject[] = []
  for (const e of events) {
    const article = articles.get(e.articleId)
    const grade = e.grade
    const tags: MispTag[] = admiraltyLabels(grade).map((name) => ({ name }))
    const toll =
      e.fatalities === null
        ? 'No fatality figure reported.'
        : `${e.fatalities} reported fatalities${e.fatalitiesPhrase ? ` (“${e.fatalitiesPhrase}”)` : ''}.`
    const object = mispObject(
      'event',
      `event:${e.id}`,
      `ACLED ${acledEventId(e)}${grade ? `, graded ${formatGrade(grade)}` : ''}`,
      mispTimestamp(e.updatedAt, now),
      [
        ['name', 'text', 'Other', eventTitle(e)],
        ['event_type', 'text', 'Other', e.eventType, 'ACLED event type'],
        ['event_type', 'text', 'Other', e.subEventType, 'ACLED sub-event type'],
        [
          'description',
          'text',
          'Other',
          [toll, grade ? `Admiralty grade ${describeGrade(grade)}.` : '', e.notes.trim()]
            .filter(Boolean)
            .join('\n\n')
        ],
        [
          'start_time',
          'datetime',
          'Other',
          e.eventDate ? `${e.eventDate}T00:00:00Z` : null,
          'Event date'
        ],
        [
          'start_time_fidelity',
          'text',
          'Other',
          e.eventDate ? (e.timePrecision === 3 ? 'month' : 'day') : null,
          e.timePrecision === 2 ? 'ACLED time precision 2: known to the week' : ''
        ],
        ['status', 'text', 'Other', STATUS[e.context], `PLOVER context: ${e.context}`]
      ],
      tags
    )
    objects.push(object)
    eventObjects.push(object)
    const place = placeObject(e)
    if (place) linkObjects(object, place, 'located-at', 'Where the event took place')
    const source = articleObject(article)
    if (source) linkObjects(object, source, 'derived-from', 'Coded from this article')
    const sides: [EventActor | null, string][] = [
      [e.actor1, 'Actor 1'],
      [e.assocActor1, 'Associated actor 1'],
      [e.actor2, 'Actor 2'],
      [e.assocActor2, 'Associated actor 2']
    ]
    const actorOf = new Map<EventField, MispObject>()
    for (const [i, [actor, label]] of sides.entries()) {
      const o = actorObject(actor, e)
      if (!o) continue
      linkObjects(object, o, 'related-to', label)
      actorOf.set((['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const)[i]!, o)
    }
    const cited = validEvidence(e).evidence
    for (const field of EVENT_FIELDS) {
      const evidence = cited[field as EventField]
      if (!evidence) continue
      const label = EVENT_FIELD_LABELS[field].toLowerCase()
      const quote = mispObject(
        'annotation',
        `evidence:${e.id}:${field}`,
        `Evidence for ${label}.${ANCHOR_REMARK[evidence.anchor.status]}`,
        mispTimestamp(e.updatedAt, now),
        [
          [
            'text',
            'text',
            'Other',
            evidence.selectors.quote.exact,
            `Quoted from “${article?.title ?? 'the article'}”`
          ],
          ['type', 'text', 'Other', 'Annotation'],
          ['format', 'text', 'Other', 'text'],
          ['ref', 'link', 'External analysis', safeWebUrl(article?.url), 'The article on the web'],
          ['creation-date', 'datetime', 'Other', stixTime(e.createdAt, now)]
        ],
        tags
      )
      objects.push(quote)
      linkObjects(quote, object, 'annotates', `Evidence for ${label}`)
      const supported =
        actorOf.get(field as EventField) ??
        (field === 'location' || field === 'country' ? place : null)
      if (supported) linkObjects(quote, supported, 'annotates', `Evidence for ${label}`)
    }
  }

  if (data.notes.length > 0) {
    const updated = data.notes.map((n) => stixTime(n.updatedAt, now)).sort()
    const asOf = updated[updated.length - 1]!
    const brief = mispObject(
      'report',
      `brief:${data.notes
        .map((n) => n.id)
        .sort()
        .join(',')}`,
      'Brief',
      mispTimestamp(asOf, now),
      [
        [
          'title',
          'text',
          'Other',
          data.notes.length === 1 ? data.notes[0]!.title || 'Brief' : 'Brief'
        ],
        [
          'summary',
          'text',
          'Other',
          briefToMarkdown(data, { now: asOf, appVersion: ctx.appVersion }),
          'Markdown'
        ],
        ['type', 'text', 'Other', 'Brief'],
        ...[...articleObjects.keys()].map((id): AttributeSpec => [
          'link',
          'link',
          'External analysis',
          safeWebUrl(articles.get(id)?.url),
          'A source article'
        ])
      ]
    )
    for (const o of eventObjects) linkObjects(brief, o, 'mentions')
    objects.push(brief)
  }

  const grades = new Set(events.map((e) => (e.grade ? formatGrade(e.grade) : '')))
  const uniform = grades.size === 1 && events[0]?.grade ? events[0].grade : null
  const dates = events
    .map((e) => e.eventDate)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
  const single = data.articles.length === 1 ? data.articles[0]! : null
  const latest = events.map((e) => stixTime(e.updatedAt, now)).sort()
  const organisation = ctx.author?.organisation.trim() ?? ''
  const event = {
    uuid: single
      ? mispUuid(`event:article:${single.id}`)
      : mispUuid(
          `event:events:${events
            .map((e) => e.id)
            .sort()
            .join(',')}`
        ),
    info: single?.title
      ? `${single.title} — ${plural(events.length, 'coded event')}`
      : `${plural(events.length, 'coded event')} from ${plural(data.articles.length, 'article')}`,
    date: dates[0] ?? now.slice(0, 10),
    distribution: DISTRIBUTION[tlp],
    threat_level_id: '4',
    analysis: events.length > 0 && events.every((e) => e.grade) ? '2' : '1',
    published: false,
    timestamp: mispTimestamp(latest[latest.length - 1] ?? now, now),
    // The creating organisation the analyst set; MISP keeps its own when importing without one.
    ...(organisation ? { Orgc: { name: organisation } } : {}),
    Tag: [{ name: `tlp:${tlp}` }, ...admiraltyLabels(uniform).map((name) => ({ name }))],
    Object: objects
  }
  return `${JSON.stringify({ Event: event }, null, 2)}\n`
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
