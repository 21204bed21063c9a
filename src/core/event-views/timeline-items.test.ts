import { describe, expect, it } from 'vitest'
import { timelineItems } from './timeline-items'
import { actor, makeEvent } from './test-events'

describe('timelineItems', () => {
  it('draws a day-precision event as a point on its day', () => {
    const { items, undated } = timelineItems([makeEvent({ id: 'e1', eventDate: '2024-02-02' })])
    expect(undated).toBe(0)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      id: 'e1',
      start: '2024-02-02',
      end: null,
      kind: 'point',
      className: 'ev-item ev-precision-day',
      historical: false,
      dateLabel: '2024-02-02'
    })
  })

  it('spans the 7 days of a week-precision event, end exclusive, across a month end', () => {
    const [item] = timelineItems([
      makeEvent({ id: 'w', eventDate: '2024-02-26', timePrecision: 2 })
    ]).items
    expect(item).toMatchObject({
      start: '2024-02-26',
      end: '2024-03-04',
      kind: 'range',
      className: 'ev-item ev-precision-week',
      dateLabel: 'week of 2024-02-26'
    })
  })

  it('spans the whole month of a month-precision event, across a year end', () => {
    const { items } = timelineItems([
      makeEvent({ id: 'm', eventDate: '2023-12-01', timePrecision: 3 }),
      makeEvent({ id: 'm2', eventDate: '2024-02-17', timePrecision: 3 })
    ])
    expect(items.map((i) => [i.id, i.start, i.end, i.dateLabel])).toEqual([
      ['m', '2023-12-01', '2024-01-01', '2023-12'],
      ['m2', '2024-02-01', '2024-03-01', '2024-02']
    ])
  })

  it('marks historical and other non-current contexts with a class and a label', () => {
    const { items } = timelineItems([
      makeEvent({ id: 'h', context: 'historical', actor1: actor('US military', 8) }),
      makeEvent({ id: 'f', context: 'future', eventDate: '2024-03-01' }),
      makeEvent({ id: 'n', context: 'negated', eventDate: '2024-03-02' }),
      makeEvent({ id: 'p', context: 'hypothetical', eventDate: '2024-03-03' })
    ])
    const byId = Object.fromEntries(items.map((i) => [i.id, i]))
    expect(byId['h']?.historical).toBe(true)
    expect(byId['h']?.className).toBe('ev-item ev-precision-day ev-context-historical')
    expect(byId['h']?.content).toBe('historical: Air/drone strike · US military')
    expect(byId['h']?.title).toContain('historical mention')
    expect(byId['f']?.className).toContain('ev-context-future')
    expect(byId['f']?.historical).toBe(false)
    expect(byId['n']?.className).toContain('ev-context-negated')
    expect(byId['p']?.className).toContain('ev-context-hypothetical')
  })

  it('excludes and counts events without a real date', () => {
    const result = timelineItems([
      makeEvent({ id: 'ok' }),
      makeEvent({ id: 'empty', eventDate: '' }),
      makeEvent({ id: 'bad', eventDate: '2024-02-30' }),
      makeEvent({ id: 'partial', eventDate: '2024-02' })
    ])
    expect(result.items.map((i) => i.id)).toEqual(['ok'])
    expect(result.undated).toBe(3)
    expect(result.undatedIds).toEqual(['empty', 'bad', 'partial'])
  })

  it('sorts by start then id and writes a title and an accessible label', () => {
    const { items } = timelineItems([
      makeEvent({
        id: 'b',
        eventDate: '2024-02-02',
        actor1: actor('US military', 8),
        actor2: actor("Kata'ib Hezbollah", 3),
        fatalities: 12,
        fatalitiesPhrase: 'dozens'
      }),
      makeEvent({ id: 'a', eventDate: '2024-02-02', subEventType: '', eventType: '' }),
      makeEvent({ id: 'c', eventDate: '2024-01-31' })
    ])
    expect(items.map((i) => i.id)).toEqual(['c', 'a', 'b'])
    const b = items[2]
    expect(b?.title.split('\n')).toEqual([
      'Air/drone strike (Explosions/Remote violence)',
      '2024-02-02 (day known)',
      "US military — Kata'ib Hezbollah",
      'Al-Qaim, Al Anbar, IRQ',
      'Fatalities: 12 (dozens)'
    ])
    expect(b?.accessibleLabel).toBe(
      "2024-02-02: Air/drone strike, US military — Kata'ib Hezbollah, Al-Qaim, Al Anbar, IRQ"
    )
    expect(items[1]?.content).toBe('Event')
  })

  it('uses the labels passed in', () => {
    const [item] = timelineItems(
      [makeEvent({ id: 'x', timePrecision: 2, context: 'historical' })],
      { weekOf: 'semaine du', historical: 'historique' }
    ).items
    expect(item?.dateLabel).toBe('semaine du 2024-02-02')
    expect(item?.content.startsWith('historique: ')).toBe(true)
  })
})
