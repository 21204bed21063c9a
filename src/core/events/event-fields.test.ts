import { describe, expect, it } from 'vitest'
import { quickAccept } from '../backup/quick-accept'
import {
  CITING_FIELDS,
  EVENT_FIELD_TABLE,
  EVENT_RECORD_KEYS,
  optionsOf,
  strictEvidenceSchema
} from './event-fields'
import { EVENT_FIELD_LABELS, EVENT_FIELDS } from './event-field-labels'
import { emptyEvent } from './empty-event'
import { validateEventRecord } from './event-schema'

describe('the event field table', () => {
  it('describes every field with a label, and a fresh value each time', () => {
    for (const key of EVENT_RECORD_KEYS) {
      const spec = EVENT_FIELD_TABLE[key]
      expect(spec.label.trim(), key).not.toBe('')
      const a = spec.initial()
      if (typeof a === 'object' && a !== null) expect(spec.initial(), key).not.toBe(a)
    }
  })

  it('makes a draft that both the strict and the stored validation accept', () => {
    const draft = emptyEvent('art', () => 'ev', new Date('2024-01-01T00:00:00Z'))
    expect(Object.keys(draft).sort()).toEqual([...EVENT_RECORD_KEYS].sort())
    expect(validateEventRecord(draft).ok).toBe(true)
    for (const key of EVENT_RECORD_KEYS)
      expect(EVENT_FIELD_TABLE[key].stored.safeParse(draft[key]).success, key).toBe(true)
  })

  it('validates an enumerated field by its options, and nothing else', () => {
    for (const key of ['eventType', 'context', 'geoPrecision', 'timePrecision'] as const) {
      const options = optionsOf(key)
      expect(options.length, key).toBeGreaterThan(1)
      for (const o of options) {
        expect(o.label, key).not.toBe('')
        expect(EVENT_FIELD_TABLE[key].stored.safeParse(o.value).success, key).toBe(true)
      }
      expect(EVENT_FIELD_TABLE[key].stored.safeParse('rumour').success, key).toBe(false)
      expect(EVENT_FIELD_TABLE[key].stored.safeParse(9).success, key).toBe(false)
    }
  })

  it('labels the citing fields from the table, in form order', () => {
    expect(EVENT_FIELDS).toEqual([
      'eventType',
      'actor1',
      'assocActor1',
      'actor2',
      'assocActor2',
      'country',
      'location',
      'eventDate',
      'fatalities',
      'context'
    ])
    expect(EVENT_FIELD_LABELS.country).toBe('Country')
    expect(CITING_FIELDS.find((f) => f.cites === 'country')?.key).toBe('countryCode')
    expect(Object.keys(strictEvidenceSchema.shape)).toEqual(EVENT_FIELDS)
  })

  it('keeps every stored validation simple enough for the backup quick check', () => {
    for (const key of EVENT_RECORD_KEYS)
      expect(quickAccept(EVENT_FIELD_TABLE[key].stored), key).toBeTypeOf('function')
  })
})
