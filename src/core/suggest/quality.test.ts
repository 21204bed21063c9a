// Suggestion quality on the sample article and four texts written for this test, against events
// coded by hand from the text alone (fixtures/*.expected.json): a guard against regressions,
// holding minimums a little under what it shows. The engine is measured on real reporting by
// the corpus bench (bench/suggest/quality-bench.ts, docs/suggestion-quality.md); these clean
// texts are not what it is tuned on.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../article/parse-plain-text'
import { plainText } from '../article/plain-text'
import { createLexicon } from './actor-lexicon'
import {
  formatScoreTable,
  rates,
  scoreSuggestions,
  sumScores,
  type ExpectedEvent,
  type FieldScore,
  type ScoredField
} from './score-suggestions'
import { suggestEvents } from './suggest-events'

interface Fixture {
  article: string
  publishedAt: string
  events: ExpectedEvent[]
}

const NAMES = [
  'militia-airstrikes-iraq-syria',
  'kenya-fuel-tax-protests',
  'somalia-afgooye-galkayo',
  'nigeria-zamfara-borno',
  'syria-iraq-drone-strike'
]
const repo = new URL('../../../', import.meta.url)
const lexicon = createLexicon([])

const scored = NAMES.map((name) => {
  const fixture = JSON.parse(
    readFileSync(new URL(`fixtures/${name}.expected.json`, import.meta.url), 'utf8')
  ) as Fixture
  const text = plainText(
    parsePlainText(readFileSync(new URL(fixture.article, repo), 'utf8')).blocks
  )
  const suggestions = suggestEvents(text, { publishedAt: fixture.publishedAt, lexicon })
  return { name, fixture, suggestions, ...scoreSuggestions(suggestions, fixture.events) }
})
const total = sumScores(scored.map((s) => s.fields))

const field = (fields: FieldScore[], f: ScoredField): { precision: number; recall: number } => {
  const found = fields.find((x) => x.field === f)
  if (!found) throw new Error(`no score for ${f}`)
  return rates(found)
}

describe('suggestion quality', () => {
  it('prints the per-field table', () => {
    const table = formatScoreTable([
      ...scored.map((s) => ({ name: s.name, fields: s.fields })),
      { name: 'all', fields: total }
    ])
    console.log(`\nprecision / recall (correct/suggested/expected)\n${table}\n`)
    expect(table).toContain('| eventType |')
  })

  it('finds the sample article’s events: type and country recall ≥ 0.8', () => {
    const sample = scored[0]?.fields ?? []
    expect(field(sample, 'eventType').recall).toBeGreaterThanOrEqual(0.8)
    expect(field(sample, 'country').recall).toBeGreaterThanOrEqual(0.8)
    expect(field(sample, 'eventType').precision).toBeGreaterThanOrEqual(0.75)
  })

  it('holds the measured minimums over all five texts', () => {
    const minimum: Partial<Record<ScoredField, [precision: number, recall: number]>> = {
      event: [0.8, 0.9],
      eventType: [0.8, 0.9],
      subEventType: [0.8, 0.9],
      actor1: [0.75, 0.8],
      actor2: [0.6, 0.75],
      country: [0.8, 0.85],
      date: [0.8, 0.85],
      fatalities: [0.85, 0.75],
      context: [0.8, 0.9]
    }
    for (const [f, [p, r]] of Object.entries(minimum)) {
      const got = field(total, f as ScoredField)
      expect(got.precision, `${f} precision`).toBeGreaterThanOrEqual(p)
      expect(got.recall, `${f} recall`).toBeGreaterThanOrEqual(r)
    }
  })
})
