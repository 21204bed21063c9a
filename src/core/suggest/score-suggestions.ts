// Scores suggested events against hand-coded expected ones, field by field. Each suggestion is
// matched to at most one expected event of the same type (greedy, best agreement first); a
// field's precision is the share of suggestions giving a value that give the expected one,
// its recall the share of expected values found. Actor 1 and 2 may be swapped (ACLED gives
// them no direction). Used by quality.test.ts and quoted in docs/suggestion-quality.md.
import type { EventContext, TimePrecision } from '../../shared/model/event'
import type { EventSuggestion } from './event-suggestion'

export interface ExpectedActor {
  name: string
  inter: number | null
}

/** One event as an analyst would code it from the text (fixtures/*.expected.json). */
export interface ExpectedEvent {
  label: string
  eventType: string
  subEventType: string
  actor1: ExpectedActor | null
  actor2: ExpectedActor | null
  assocActor1?: ExpectedActor | null
  assocActor2?: ExpectedActor | null
  country: string | null
  admin1: string | null
  location: string | null
  date: { date: string; precision: TimePrecision } | null
  fatalities: number | null
  context: EventContext
}

export interface FieldScore {
  field: string
  /** Suggestions whose value equals the matched expected event's. */
  correct: number
  /** Suggestions that give a value (matched or not). */
  suggested: number
  /** Expected events that have a value. */
  expected: number
}

export const SCORED_FIELDS = [
  'event',
  'eventType',
  'subEventType',
  'actor1',
  'actor2',
  'country',
  'date',
  'fatalities',
  'context',
  'location'
] as const
export type ScoredField = (typeof SCORED_FIELDS)[number]

type Values = Record<ScoredField, string | null>

const actor = (a: { name: string; inter: number | null } | null | undefined): string | null =>
  a ? `${a.name}#${a.inter ?? '-'}` : null

function suggestedValues(s: EventSuggestion): Values {
  const d = s.eventDate?.value
  return {
    event: 'yes',
    eventType: s.eventType?.value ?? null,
    subEventType: s.subEventType?.value ?? null,
    actor1: actor(s.actor1?.value),
    actor2: actor(s.actor2?.value),
    country: s.country?.value.code ?? null,
    date: d ? `${d.date}/${d.precision}` : null,
    fatalities: s.fatalities ? String(s.fatalities.value.count) : null,
    context: s.context.value,
    location: s.location?.value.name ?? null
  }
}

function expectedValues(e: ExpectedEvent): Values {
  return {
    event: 'yes',
    eventType: e.eventType,
    subEventType: e.subEventType,
    actor1: actor(e.actor1),
    actor2: actor(e.actor2),
    country: e.country,
    date: e.date ? `${e.date.date}/${e.date.precision}` : null,
    fatalities: e.fatalities === null ? null : String(e.fatalities),
    context: e.context,
    location: e.location
  }
}

/** Field values agreeing between a suggestion and an expected event, actors swapped if that fits better. */
function agreement(s: Values, e: Values): Set<ScoredField> {
  const same = new Set<ScoredField>()
  for (const f of SCORED_FIELDS) if (s[f] !== null && s[f] === e[f]) same.add(f)
  const swapped = s.actor1 !== null && s.actor1 === e.actor2 && s.actor2 === e.actor1
  if (swapped && !(same.has('actor1') && same.has('actor2'))) {
    same.add('actor1')
    if (s.actor2 !== null) same.add('actor2')
  }
  return same
}

const WEIGHT: Partial<Record<ScoredField, number>> = {
  subEventType: 3,
  country: 2,
  date: 2,
  context: 2
}

/** Matches suggestions to expected events and counts, per field, correct / suggested / expected. */
export function scoreSuggestions(
  suggestions: readonly EventSuggestion[],
  expected: readonly ExpectedEvent[]
): { fields: FieldScore[]; matches: [number, number][] } {
  const sv = suggestions.map(suggestedValues)
  const ev = expected.map(expectedValues)
  const pairs: { i: number; j: number; same: Set<ScoredField>; score: number }[] = []
  sv.forEach((s, i) =>
    ev.forEach((e, j) => {
      if (s.eventType !== e.eventType) return
      const same = agreement(s, e)
      const score = [...same].reduce((n, f) => n + (WEIGHT[f] ?? 1), 0)
      pairs.push({ i, j, same, score })
    })
  )
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)
  const usedS = new Set<number>()
  const usedE = new Set<number>()
  const chosen: typeof pairs = []
  for (const p of pairs) {
    if (usedS.has(p.i) || usedE.has(p.j)) continue
    usedS.add(p.i)
    usedE.add(p.j)
    chosen.push(p)
  }
  const fields = SCORED_FIELDS.map((field) => ({
    field,
    correct: chosen.filter((p) => p.same.has(field)).length,
    suggested: sv.filter((s) => s[field] !== null).length,
    expected: ev.filter((e) => e[field] !== null).length
  }))
  return { fields, matches: chosen.map((p) => [p.i, p.j]) }
}

/** Precision and recall of a field score (1 when there was nothing to find or nothing offered). */
export function rates(f: FieldScore): { precision: number; recall: number } {
  return {
    precision: f.suggested === 0 ? 1 : f.correct / f.suggested,
    recall: f.expected === 0 ? 1 : f.correct / f.expected
  }
}

/** Adds up field scores of several fixtures. */
export function sumScores(all: readonly FieldScore[][]): FieldScore[] {
  return SCORED_FIELDS.map((field) => {
    const rows = all.map((fs) => fs.find((f) => f.field === field))
    const add = (k: 'correct' | 'suggested' | 'expected'): number =>
      rows.reduce((n, r) => n + (r?.[k] ?? 0), 0)
    return {
      field,
      correct: add('correct'),
      suggested: add('suggested'),
      expected: add('expected')
    }
  })
}

/** A markdown table: one row per field, precision and recall per fixture and overall. */
export function formatScoreTable(columns: { name: string; fields: FieldScore[] }[]): string {
  const pct = (x: number): string => x.toFixed(2)
  const head = `| field | ${columns.map((c) => `${c.name} P / R`).join(' | ')} |`
  const rule = `|---|${columns.map(() => '---').join('|')}|`
  const rows = SCORED_FIELDS.map((field) => {
    const cells = columns.map((c) => {
      const f = c.fields.find((x) => x.field === field)
      if (!f) return '–'
      const r = rates(f)
      return `${pct(r.precision)} / ${pct(r.recall)} (${f.correct}/${f.suggested}/${f.expected})`
    })
    return `| ${field} | ${cells.join(' | ')} |`
  })
  return [head, rule, ...rows].join('\n')
}
