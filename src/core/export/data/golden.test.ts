import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ExportContext, ExportData } from '../export-data'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'
import { annotationsToJsonLd, eventsToAcledCsv, eventsToJson, eventsToStixBundle } from './index'

// Golden files (see fixtures/README.md): UPDATE_GOLDEN=1 rewrites them, otherwise they are compared
// byte for byte, so any change to an export shows up as a reviewable diff of the file.
const update = process.env['UPDATE_GOLDEN'] === '1'
const GOLDEN: [string, (data: ExportData, ctx: ExportContext) => string][] = [
  ['fixture.jsonld', annotationsToJsonLd],
  ['fixture.csv', eventsToAcledCsv],
  ['fixture.stix.json', eventsToStixBundle],
  ['fixture.events.json', eventsToJson]
]

describe('record export golden files', () => {
  it('the fixture really holds exact, drifted and orphaned anchors', () => {
    const statuses = EVENTS_FIXTURE.annotations.map((a) => a.anchor.status)
    expect(new Set(statuses)).toEqual(new Set(['exact', 'drifted', 'orphaned']))
    const evidence = EVENTS_FIXTURE.events.flatMap((e) =>
      Object.values(e.evidence).map((v) => v.anchor.status)
    )
    expect(new Set(evidence)).toEqual(new Set(['exact', 'drifted', 'orphaned']))
  })

  it.each(GOLDEN)('%s matches the exporter', (file, exporter) => {
    const url = new URL(`./fixtures/${file}`, import.meta.url)
    const actual = exporter(EVENTS_FIXTURE, FIXTURE_CONTEXT)
    if (update) writeFileSync(url, actual, 'utf8')
    expect(actual).toBe(readFileSync(url, 'utf8'))
  })

  it.each(GOLDEN)('%s does not depend on the order of the input records', (_file, exporter) => {
    const reversed: ExportData = {
      articles: EVENTS_FIXTURE.articles,
      annotations: [...EVENTS_FIXTURE.annotations].reverse(),
      events: [...EVENTS_FIXTURE.events].reverse(),
      actors: [...EVENTS_FIXTURE.actors].reverse(),
      notes: []
    }
    expect(exporter(reversed, FIXTURE_CONTEXT)).toBe(exporter(EVENTS_FIXTURE, FIXTURE_CONTEXT))
  })
})
