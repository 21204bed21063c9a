import { describe, expect, it } from 'vitest'
import {
  actorsOverlap,
  checkLikelyDuplicates,
  isLikelyDuplicate,
  normaliseName,
  placesMatch
} from './duplicate-check'
import { sampleEvent } from './sample-event'

const event = sampleEvent()
const twin = (patch: Parameters<typeof sampleEvent>[0] = {}) =>
  sampleEvent({ id: 'ev-2', evidence: {}, ...patch })

describe('normaliseName', () => {
  it('ignores case, accents and spacing', () => {
    expect(normaliseName("  Al-Qā'im   District ")).toBe("al-qa'im district")
  })
})

describe('isLikelyDuplicate', () => {
  it('fires for the same type, day, place and an actor in common', () => {
    expect(isLikelyDuplicate(event, twin())).toBe(true)
  })

  it('fires when the actors are in the other slots or spelled differently', () => {
    const swapped = twin({
      actor1: { name: 'pkk: kurdistan workers party', actorId: null, inter: 2 },
      actor2: null
    })
    expect(isLikelyDuplicate(event, swapped)).toBe(true)
  })

  it('fires when a day falls within the other event’s week or month', () => {
    expect(isLikelyDuplicate(event, twin({ eventDate: '2024-05-01', timePrecision: 3 }))).toBe(true)
  })

  it('does not fire for the event itself', () => {
    expect(isLikelyDuplicate(event, event)).toBe(false)
  })

  it.each([
    ['another type', { eventType: 'Battles' as const, subEventType: 'Armed clash' }],
    ['another day', { eventDate: '2024-05-04' }],
    ['another country', { countryCode: 'SYR' }],
    ['another location', { location: 'Zakho' }],
    [
      'no actor in common',
      {
        actor1: { name: 'Military Forces of Iran (1989-)', actorId: 'act-irn', inter: 8 as const },
        actor2: { name: 'PJAK', actorId: 'act-pjak', inter: 2 as const }
      }
    ]
  ])('does not fire for %s', (_label, patch) => {
    expect(isLikelyDuplicate(event, twin(patch))).toBe(false)
  })

  it('does not fire while the type is still empty', () => {
    expect(isLikelyDuplicate(sampleEvent({ eventType: '' }), twin({ eventType: '' }))).toBe(false)
  })
})

describe('placesMatch and actorsOverlap', () => {
  it('compares admin1 when a location is blank', () => {
    expect(placesMatch(event, twin({ location: '' }))).toBe(true)
    expect(placesMatch(event, twin({ location: '', admin1: 'Erbil' }))).toBe(false)
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
  it('says whether the twin comes from this article or another one', () => {
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
      'Another event from this article (Air/drone strike, Amadiya, 3 May 2024) has the same type, day, place and actors: it may be the same event. ACLED codes one event per day, place and actors; merge them if they are.'
    )
    expect(issues[1]?.message).toMatch(/^An event coded from another article \(/)
  })
})
