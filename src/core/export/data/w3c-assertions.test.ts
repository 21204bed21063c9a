// The W3C JSON-LD export held to the Web Annotation working group's own test assertions
// (../shared/schemas/web-annotation), on the export fixtures: drifted and orphaned anchors, and
// hostile strings in every field.
import { describe, expect, it } from 'vitest'
import { loadW3cAssertions } from '../../../../tests/helpers/w3c-assertions'
import { annotationsToJsonLd } from './annotations-to-jsonld'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'
import { exportFixture } from '../fixtures/export-fixture'
import { hostileExport } from '../fixtures/hostile-export'

describe('W3C Web Annotation assertions', () => {
  const assertions = loadW3cAssertions()
  // Each annotation as the assertions take it: on its own, with the collection's context.
  const items = [EVENTS_FIXTURE, exportFixture(), hostileExport()].flatMap((data) => {
    const collection = JSON.parse(annotationsToJsonLd(data, FIXTURE_CONTEXT))
    return (collection.first.items as Record<string, unknown>[]).map(
      (item): Record<string, unknown> => ({ '@context': collection['@context'], ...item })
    )
  })

  it('passes every MUST assertion for every exported annotation', () => {
    expect(items.length).toBeGreaterThan(0)
    const failed = items.flatMap((item) =>
      assertions
        .check('annotationMusts.test', item)
        .filter((r) => !r.passed)
        .map((r) => `${String(item['id'])} ${r.assertion}: ${r.errors}`)
    )
    expect(failed).toEqual([])
  })

  it('the assertions catch a broken annotation: they are not a rubber stamp', () => {
    const broken = { ...items[0]!, created: 'last Tuesday', target: undefined }
    const failed = assertions
      .check('annotationMusts.test', broken)
      .filter((r) => !r.passed)
      .map((r) => r.assertion)
    expect(failed).toEqual(
      expect.arrayContaining(['3.1-targetKeyFound.json', '3.3.1-annotationCreatedValidated.json'])
    )
  })

  it('implements the optional features analysts rely on: creator, created, modified, canonical', () => {
    const implemented = new Set(
      assertions
        .check('annotationOptionals.test', items[0])
        .filter((r) => r.passed)
        .map((r) => r.assertion)
    )
    for (const feature of [
      '3.3.1-annotationCreatedImplemented.json',
      '3.3.1-annotationModifiedImplemented.json',
      '3.3.1-annotationSingleCreatorImplemented.json',
      '3.3.7-annotationCanonicalImplemented.json'
    ])
      expect(implemented, feature).toContain(feature)
  })
})
