import { describe, expect, it } from 'vitest'
import {
  actorsOverlap,
  assessDuplicate,
  checkLikelyDuplicates,
  distanceKm,
  isLikelyDuplicate,
  normaliseName,
  placesMatch
} from './duplicate-check'
import { sampleEvent } from './sample-event'

const event = sampleEvent()
const twin = (patch: Parameters<typeof sampleEvent>[0] = {}) =>
  sampleEvent({ id: 'ev-2', evidence: {}, ...patch })
const noCoordinates = { latitude: null, longitude: null }

describe('normaliseName', () => {
  it('ignores case, accents and spacing', () => {
    expect(normaliseName("  Al-Qā'im   District ")).toBe("al-qa'im district")
  })
})

describe('distanceKm', () => {
  it('measures along the great circle', () => {
    // Baghdad to Basra is about 450 km.
    const km = distanceKm(
      { latitude: 33.31, longitude: 44.36 },
      { latitude: 30.51, longitude: 47.78 }
    )
    expect(km).toBeGreaterThan(440)
    expect(km).toBeLessThan(460)
    expect(distanceKm({ latitude: 1, longitude: 1 }, { latitude: 1, longitude: 1 })).toBe(0)
  })
})

describe('isLikelyDuplicate', () => {
  it('fires for the same type, day, place and an actor in common', () => {
    expect(isLikelyDuplicate(event, twin())).toBe(true)
  })

  it('fires when the actors are in the other slots or spelled differently', () => {
    const swapped = twin({
      actor1: { name: 'PKK - Kurdistan Workers’ Party', actorId: null, inter: 2 },
      actor2: null
    })
    expect(isLikelyDuplicate(event, swapped)).toBe(true)
  })

  it('fires when a day falls within the other event’s week or month', () => {
    expect(isLikelyDuplicate(event, twin({ eventDate: '2024-05-01', timePrecision: 3 }))).toBe(true)
  })

  it('fires for a nearby place of another name, and for the same name without coordinates', () => {
    // Deraluk is about 12 km from Amadiya.
    expect(
      isLikelyDuplicate(event, twin({ location: 'Deraluk', latitude: 37.05, longitude: 43.62 }))
    ).toBe(true)
    expect(
      isLikelyDuplicate(sampleEvent(noCoordinates), twin({ ...noCoordinates, location: 'AMADIYA' }))
    ).toBe(true)
  })

  it('does not fire for the event itself', () => {
    expect(isLikelyDuplicate(event, event)).toBe(false)
  })

  it.each([
    ['another type', { eventType: 'Battles' as const, subEventType: 'Armed clash' }],
    ['another day', { eventDate: '2024-05-04' }],
    ['another country', { countryCode: 'SYR' }],
    ['a place 72 km away', { location: 'Zakho', latitude: 37.14, longitude: 42.68 }],
    ['another place name without coordinates', { ...noCoordinates, location: 'Zakho' }],
    [
      'no actor in common',
      {
        actor1: { name: 'Military Forces of Iran (1989-)', actorId: 'act-irn', inter: 8 as const },
        actor2: { name: 'PJAK', actorId: 'act-pjak', inter: 2 as const }
      }
    ]
  ])('does not fire for %s', (_label, patch) => {
    const base = 'latitude' in patch && patch.latitude === null ? sampleEvent(noCoordinates) : event
    expect(isLikelyDuplicate(base, twin(patch))).toBe(false)
  })

  it('does not fire while the type is still empty', () => {
    expect(isLikelyDuplicate(sampleEvent({ eventType: '' }), twin({ eventType: '' }))).toBe(false)
  })

  it('does not fire when nothing but day, type and country is known', () => {
    const bare = { ...noCoordinates, location: '', admin1: '', actor1: null, actor2: null }
    expect(isLikelyDuplicate(sampleEvent(bare), twin(bare))).toBe(false)
  })
})

describe('assessDuplicate', () => {
  it('scores and explains a pair', () => {
    const near = twin({
      location: 'Deraluk',
      latitude: 37.09,
      longitude: 43.52,
      actor2: null
    })
    expect(assessDuplicate(event, near)).toEqual({
      likely: true,
      score: 1,
      reasons: [
        'same day',
        'same type',
        'Military Forces of Turkey (2016-) in common',
        '3 km apart'
      ]
    })
  })

  it('scores a week-precise pair lower, and says when only the country is known', () => {
    const weekly = twin({
      ...noCoordinates,
      location: '',
      eventDate: '2024-04-29',
      timePrecision: 2
    })
    const found = assessDuplicate(sampleEvent(noCoordinates), weekly)
    expect(found.likely).toBe(true)
    expect(found.score).toBeLessThan(0.8)
    expect(found.reasons).toEqual([
      'overlapping dates',
      'same type',
      'Military Forces of Turkey (2016-) and PKK: Kurdistan Workers Party in common',
      'same country'
    ])
  })
})

describe('placesMatch and actorsOverlap', () => {
  it('compares admin1 when locations and coordinates are blank', () => {
    const blank = sampleEvent({ ...noCoordinates, location: '' })
    expect(placesMatch(blank, twin({ ...noCoordinates, location: '' }))).toBe(true)
    expect(placesMatch(blank, twin({ ...noCoordinates, location: '', admin1: 'Erbil' }))).toBe(
      false
    )
  })
  it('cannot tell actors apart when one side has none', () => {
    expect(actorsOverlap(event, twin({ actor1: null, actor2: null }))).toBe(true)
  })
  it('matches by registry id even when names differ', () => {
    const renamed = twin({
      actor1: null,
      actor2: { name: 'Turkish Army', actorId: 'act-tur', inter: 8 }
    })
    expect(actorsOverlap(event, renamed)).toBe(true)
  })
})

describe('checkLikelyDuplicates', () => {
  it('says whether the twin comes from this article or another one, and why', () => {
    const here = twin()
    const elsewhere = twin({ id: 'ev-3', articleId: 'art-9' })
    const issues = checkLikelyDuplicates(event, [
      here,
      elsewhere,
      twin({ id: 'ev-4', countryCode: 'SYR' })
    ])
    expect(issues.map((i) => [i.severity, i.field, i.code, i.relatedEventIds])).toEqual([
      ['warning', null, 'likely-duplicate', ['ev-2']],
      ['warning', null, 'likely-duplicate', ['ev-3']]
    ])
    expect(issues[0]?.message).toBe(
      'Another event from this article (Air/drone strike, Amadiya, 3 May 2024) may be the same event (100 % match): same day, same type, Military Forces of Turkey (2016-) and PKK: Kurdistan Workers Party in common, under 1 km apart. ACLED codes one event per day, place and actors: merge them if they are one.'
    )
    expect(issues[1]?.message).toMatch(/^An event coded from another article \(.*keep only one/)
  })
})
