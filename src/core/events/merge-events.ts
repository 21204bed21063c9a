// Two records of one event (coded twice, or from two reports) become one: the analyst picks each
// field from either record, and no evidence is lost: the picked value keeps its citation, and a
// citation the other record made for the same value is kept too.
import type { EventField, EventRecord, Evidence } from '../../shared/model/event'
import { EVENT_FIELD_LABELS } from './event-field-labels'
import { foldName } from './fold-name'

/** The fields a merge picks, each a group of record fields that only make sense together. */
export const MERGE_FIELDS = [
  { key: 'type', label: 'Event type', fields: ['eventType', 'subEventType', 'ontologyCode'] },
  { key: 'actor1', label: 'Actor 1', fields: ['actor1'] },
  { key: 'assocActor1', label: 'Associated actor 1', fields: ['assocActor1'] },
  { key: 'actor2', label: 'Actor 2', fields: ['actor2'] },
  { key: 'assocActor2', label: 'Associated actor 2', fields: ['assocActor2'] },
  { key: 'country', label: 'Country', fields: ['countryCode'] },
  {
    key: 'location',
    label: 'Location',
    fields: ['admin1', 'location', 'latitude', 'longitude', 'geoPrecision']
  },
  { key: 'date', label: 'Date', fields: ['eventDate', 'timePrecision'] },
  { key: 'fatalities', label: 'Fatalities', fields: ['fatalities', 'fatalitiesPhrase'] },
  { key: 'context', label: 'Context', fields: ['context'] },
  { key: 'source', label: 'Source and grade', fields: ['sourceName', 'grade'] }
] as const satisfies readonly {
  key: string
  label: string
  fields: readonly (keyof EventRecord)[]
}[]

export type MergeFieldKey = (typeof MERGE_FIELDS)[number]['key']

/** Which record each merged field comes from. */
export type MergePicks = Record<MergeFieldKey, 'a' | 'b'>

/** The evidence slots that cite each merge field's value. */
const EVIDENCE_OF: Record<MergeFieldKey, readonly EventField[]> = {
  type: ['eventType'],
  actor1: ['actor1'],
  assocActor1: ['assocActor1'],
  actor2: ['actor2'],
  assocActor2: ['assocActor2'],
  country: ['country'],
  location: ['location'],
  date: ['eventDate'],
  fatalities: ['fatalities'],
  context: ['context'],
  source: []
}

/** A deep copy of plain data (records are JSON-like), exact to the last -0. */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T
  }
  return value
}

/** The comparable value of a merge field: actors by folded name and category. */
function valueOf(e: EventRecord, key: MergeFieldKey): string {
  const group = MERGE_FIELDS.find((f) => f.key === key)?.fields ?? []
  return JSON.stringify(
    group.map((f) => {
      const v = e[f]
      if (v !== null && typeof v === 'object' && 'name' in v && 'inter' in v)
        return [foldName(v.name), v.inter]
      return v
    })
  )
}

/** True when both records give the same value for the merge field. */
export function sameMergeValue(a: EventRecord, b: EventRecord, key: MergeFieldKey): boolean {
  return valueOf(a, key) === valueOf(b, key)
}

function isEmptyValue(e: EventRecord, key: MergeFieldKey): boolean {
  const group = MERGE_FIELDS.find((f) => f.key === key)?.fields ?? []
  // A precision alone is no value: every record has one.
  return group.every((f) => {
    const v = e[f]
    return v === null || v === '' || f === 'timePrecision' || f === 'geoPrecision'
  })
}

/** The first record's value for every field, except where only the second one has a value. */
export function defaultPicks(a: EventRecord, b: EventRecord): MergePicks {
  return Object.fromEntries(
    MERGE_FIELDS.map(({ key }) => [key, isEmptyValue(a, key) && !isEmptyValue(b, key) ? 'b' : 'a'])
  ) as MergePicks
}

/** The notes of both records, each once, in order. */
function joinNotes(a: string, b: string, extra: readonly string[]): string {
  const parts = [a.trim(), b.trim(), ...extra].filter((p) => p !== '')
  return parts.filter((p, i) => parts.indexOf(p) === i).join('\n\n')
}

const sameCitation = (x: Evidence, y: Evidence): boolean =>
  x.selectors.textHash === y.selectors.textHash &&
  x.selectors.position.start === y.selectors.position.start &&
  x.selectors.position.end === y.selectors.position.end

/** The outcome of a merge: the kept record, the one to delete, and what undo writes back. */
export interface EventMerge {
  /** `a`'s id, article and creation time, with the picked fields. */
  merged: EventRecord
  /** `b`'s id: the record the merge deletes. */
  removedId: string
  /** Exact copies of both records as they were: undo puts them back. */
  undo: { restore: [EventRecord, EventRecord] }
}

/**
 * Merges `b` into `a` with each field from the record `picks` names. Evidence: the picked value's
 * citation, else the other record's citation when it cited the same value; when both cited the same
 * value in different passages, the other passage is quoted in the notes, so no evidence is lost.
 * Tags are united, notes joined. Neither input is changed.
 */
export function mergeEvents(
  a: EventRecord,
  b: EventRecord,
  picks: MergePicks,
  now: Date
): EventMerge {
  if (a.id === b.id) throw new RangeError('An event cannot be merged with itself.')
  const merged: EventRecord = clone(a)
  const evidence: EventRecord['evidence'] = {}
  const alsoCited: string[] = []
  for (const { key, fields } of MERGE_FIELDS) {
    const [from, other] = picks[key] === 'b' ? [b, a] : [a, b]
    for (const f of fields) Object.assign(merged, { [f]: clone(from[f]) })
    const same = sameMergeValue(a, b, key)
    for (const slot of EVIDENCE_OF[key]) {
      const mine = from.evidence[slot]
      const theirs = same ? other.evidence[slot] : undefined
      if (mine) evidence[slot] = clone(mine)
      else if (theirs) evidence[slot] = clone(theirs)
      if (mine && theirs && !sameCitation(mine, theirs))
        alsoCited.push(
          `Also cited for ${EVENT_FIELD_LABELS[slot]}: “${theirs.selectors.quote.exact}”`
        )
    }
  }
  merged.evidence = evidence
  merged.tags = [...new Set([...a.tags, ...b.tags])]
  merged.notes = joinNotes(a.notes, b.notes, alsoCited)
  merged.createdAt = a.createdAt <= b.createdAt ? a.createdAt : b.createdAt
  merged.updatedAt = now.toISOString()
  return { merged, removedId: b.id, undo: { restore: [clone(a), clone(b)] } }
}
