import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mispTemplateErrors } from '../../../../tests/helpers/misp-templates'
import { EVENT_FIELD_LABELS } from '../../events/event-field-labels'
import type { EventField, EventRecord } from '../../../shared/model/event'
import type { ExportContext, ExportData } from '../export-data'
import { exportFixture } from '../fixtures/export-fixture'
import { eventsToMispEvent } from './events-to-misp-event'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'
import type { MispObject } from './misp-objects'

interface MispEvent {
  uuid: string
  info: string
  date: string
  distribution: string
  threat_level_id: string
  analysis: string
  published: boolean
  Orgc?: { name: string }
  Tag: { name: string }[]
  Object: MispObject[]
}
const eventOf = (data: ExportData = EVENTS_FIXTURE, ctx: Partial<ExportContext> = {}) =>
  (JSON.parse(eventsToMispEvent(data, { ...FIXTURE_CONTEXT, ...ctx })) as { Event: MispEvent })
    .Event
const only = (events: EventRecord[]): ExportData => ({ ...EVENTS_FIXTURE, events })
const fixtureEvent = (id: string): EventRecord => EVENTS_FIXTURE.events.find((e) => e.id === id)!
const value = (o: MispObject, relation: string) =>
  o.Attribute.filter((a) => a.object_relation === relation).map((a) => a.value)

describe('eventsToMispEvent', () => {
  const event = eventOf(EVENTS_FIXTURE, {
    tlp: 'amber',
    author: { name: 'R. Analyst', organisation: 'Example Desk' }
  })
  const named = (name: string) => event.Object.filter((o) => o.name === name)
  const byUuid = new Map(event.Object.map((o) => [o.uuid, o]))

  it('fits every object to its MISP object template', () => {
    expect(event.Object.flatMap((o) => mispTemplateErrors(o))).toEqual([])
    const withBrief = eventOf(exportFixture())
    expect(withBrief.Object.flatMap((o) => mispTemplateErrors(o))).toEqual([])
    expect(new Set(event.Object.map((o) => o.name))).toEqual(
      new Set(['event', 'geolocation', 'organization', 'annotation', 'report'])
    )
  })

  it('the template check does catch what MISP would refuse', () => {
    const place = structuredClone(named('geolocation')[0]!)
    place.Attribute[0]!.type = 'integer'
    place.Attribute.push({
      ...place.Attribute[0]!,
      object_relation: 'altitude',
      category: 'Person',
      value: 'high'
    })
    place.Attribute.push({ ...place.Attribute[0]!, object_relation: 'nowhere' })
    const errors = mispTemplateErrors(place).join('\n')
    expect(errors).toMatch(/type integer, the template says/)
    expect(errors).toMatch(/not a relation of the template/)
    expect(errors).toMatch(/"high" is not a number/)
    const org = structuredClone(named('organization')[0]!)
    org.Attribute = [
      { ...org.Attribute[0]!, object_relation: 'role', value: 'Bystander' },
      { ...org.Attribute[0]!, object_relation: 'description', value: 'x' },
      { ...org.Attribute[0]!, object_relation: 'description', value: 'y' }
    ]
    const orgErrors = mispTemplateErrors(org).join('\n')
    expect(orgErrors).toMatch(/needs one of name, alias/)
    expect(orgErrors).toMatch(/values_list/)
    expect(orgErrors).toMatch(/not multiple/)
    const e = structuredClone(named('event')[0]!)
    e.Attribute = e.Attribute.filter((a) => a.object_relation !== 'status')
    e.template_version = '0'
    const eventErrors = mispTemplateErrors(e).join('\n')
    expect(eventErrors).toMatch(/required relation status missing/)
    expect(eventErrors).toMatch(/template_version/)
  })

  it('describes the MISP event: info, date, distribution from TLP, levels and tags', () => {
    expect(event.info).toMatch(/5 coded events from \d+ articles/)
    expect(event.date).toBe('2025-05-01')
    expect(event.distribution).toBe('1')
    expect(event.threat_level_id).toBe('4')
    expect(event.analysis).toBe('1')
    expect(event.published).toBe(false)
    expect(event.Orgc).toEqual({ name: 'Example Desk' })
    expect(event.Tag).toEqual([{ name: 'tlp:amber' }])
    expect(eventOf(EVENTS_FIXTURE, { tlp: 'red' })).toMatchObject({
      distribution: '0',
      Tag: [{ name: 'tlp:red' }]
    })
    expect(eventOf(EVENTS_FIXTURE, { tlp: 'clear' })).toMatchObject({
      distribution: '3',
      Tag: [{ name: 'tlp:clear' }]
    })
    expect(eventOf(EVENTS_FIXTURE, { tlp: 'amber+strict' }).Tag).toEqual([
      { name: 'tlp:amber+strict' }
    ])
    const graded = eventOf(only([fixtureEvent('ev-strike-amadiya')]))
    expect(graded.Tag.map((t) => t.name)).toEqual([
      'tlp:amber',
      'admiralty-scale:source-reliability="b"',
      'admiralty-scale:information-credibility="2"'
    ])
    expect(graded.analysis).toBe('2')
  })

  it('makes an event object per coded event with its admiralty tags', () => {
    expect(named('event')).toHaveLength(EVENTS_FIXTURE.events.length)
    const strike = named('event').find((o) => o.comment.startsWith('ACLED IRQ-ev-strike-amadiya'))!
    expect(value(strike, 'status')).toEqual(['occurred'])
    expect(value(strike, 'start_time')).toEqual([
      `${fixtureEvent('ev-strike-amadiya').eventDate}T00:00:00Z`
    ])
    expect(strike.Attribute[0]!.Tag).toEqual([
      { name: 'admiralty-scale:source-reliability="b"' },
      { name: 'admiralty-scale:information-credibility="2"' }
    ])
    const targets = strike.ObjectReference.map((r) => [
      r.relationship_type,
      byUuid.get(r.referenced_uuid)!.name
    ])
    expect(targets).toEqual(
      expect.arrayContaining([
        ['located-at', 'geolocation'],
        ['derived-from', 'report'],
        ['related-to', 'organization']
      ])
    )
  })

  it('places as geolocation objects, actors as organizations, the source as a report with its link', () => {
    const amadiya = named('geolocation').find((o) => value(o, 'city')[0] === 'Amadiya')!
    expect(value(amadiya, 'countrycode')).toEqual(['IQ'])
    expect(value(amadiya, 'latitude')).toEqual(['37.0925'])
    const civilians = named('organization').find((o) => value(o, 'name')[0] === 'Civilians (Iraq)')!
    expect(value(civilians, 'role')).toEqual(['Victim'])
    const turkey = named('organization').find(
      (o) => value(o, 'name')[0] === 'Military Forces of Turkey (2016-)'
    )!
    expect(value(turkey, 'alias')).toEqual(['Turkish Armed Forces', 'TAF'])
    const links = named('report').flatMap((o) => value(o, 'link'))
    expect(links).toContain('https://news.example.org/2025/05/amadiya-strike')
  })

  it('makes each current cited passage an annotation on the event and what it supports', () => {
    const quotes = named('annotation')
    const texts = quotes.flatMap((o) => value(o, 'text'))
    expect(texts).toContain('unidentifed gunmen attacked a village near Zakho')
    const actorQuote = quotes.find(
      (o) => o.comment.startsWith('Evidence for actor 1') && o.ObjectReference.length === 2
    )!
    const refs = actorQuote.ObjectReference.map((r) => byUuid.get(r.referenced_uuid)!.name).sort()
    expect(refs).toEqual(['event', 'organization'])
    expect(quotes.some((o) => o.comment.includes('anchor drifted'))).toBe(true)

    const strike = fixtureEvent('ev-strike-amadiya')
    const field = Object.keys(strike.evidence)[0] as EventField
    const label = `Evidence for ${EVENT_FIELD_LABELS[field].toLowerCase()}.`
    const comments = (e: EventRecord) =>
      eventOf(only([e]))
        .Object.filter((o) => o.name === 'annotation')
        .map((o) => o.comment)
    expect(comments(strike).some((c) => c.startsWith(label))).toBe(true)
    const stale = {
      ...strike,
      evidence: {
        ...strike.evidence,
        [field]: { ...strike.evidence[field]!, citedValue: 'another value' }
      }
    }
    expect(comments(stale).some((c) => c.startsWith(label))).toBe(false)
  })

  it('carries the brief in Markdown as a report object mentioning every event', () => {
    const data = exportFixture()
    const withBrief = eventOf(data)
    const brief = withBrief.Object.find((o) => o.name === 'report' && o.comment === 'Brief')!
    expect(value(brief, 'summary')[0]).toMatch(/^# /)
    expect(brief.ObjectReference.filter((r) => r.relationship_type === 'mentions')).toHaveLength(
      data.events.length
    )
    expect(withBrief.info).toContain(data.articles[0]!.title)
  })

  it('matches its golden file (UPDATE_GOLDEN=1 rewrites it) whatever the input order', () => {
    const url = new URL('./fixtures/fixture.misp.json', import.meta.url)
    const actual = eventsToMispEvent(EVENTS_FIXTURE, FIXTURE_CONTEXT)
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(url, actual, 'utf8')
    expect(actual).toBe(readFileSync(url, 'utf8'))
    const reversed: ExportData = {
      ...EVENTS_FIXTURE,
      events: [...EVENTS_FIXTURE.events].reverse(),
      actors: [...EVENTS_FIXTURE.actors].reverse()
    }
    expect(eventsToMispEvent(reversed, FIXTURE_CONTEXT)).toBe(actual)
  })

  it('keeps every uuid across exports, unique within the event', () => {
    const later = eventOf(EVENTS_FIXTURE, {
      tlp: 'amber',
      author: { name: 'R. Analyst', organisation: 'Example Desk' },
      now: '2026-01-01T00:00:00.000Z'
    })
    expect(later).toEqual(event)
    const uuids = [
      event.uuid,
      ...event.Object.flatMap((o) => [
        o.uuid,
        ...o.Attribute.map((a) => a.uuid),
        ...o.ObjectReference.map((r) => r.uuid)
      ])
    ]
    expect(new Set(uuids).size).toBe(uuids.length)
    for (const u of uuids)
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    for (const o of event.Object)
      for (const r of o.ObjectReference) expect(byUuid.has(r.referenced_uuid), r.uuid).toBe(true)
  })
})
