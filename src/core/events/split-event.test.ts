import { describe, expect, it } from 'vitest'
import { checkFatalitiesReuse } from './fatalities-reuse-check'
import { sampleEvent, sampleEvidence } from './sample-event'
import { splitEvent, splitProposal } from './split-event'
import { withCitation } from './valid-evidence'

const now = new Date('2024-05-05T10:00:00Z')
const ids = () => {
  let n = 0
  return () => `new-${++n}`
}
const strikes = sampleEvent({
  fatalities: 22,
  fatalitiesPhrase: '22',
  evidence: {
    country: sampleEvidence('in Iraq and Syria', 30),
    location: sampleEvidence('near Amadiya', 60),
    fatalities: sampleEvidence('killing 22', 80)
  }
})

describe('splitEvent', () => {
  it('makes one event per country, with fresh ids and timestamps, copying everything else', () => {
    const parts = splitEvent(strikes, [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }], ids(), now)
    expect(parts.map((p) => [p.id, p.countryCode, p.createdAt, p.updatedAt])).toEqual([
      ['new-1', 'IRQ', '2024-05-05T10:00:00.000Z', '2024-05-05T10:00:00.000Z'],
      ['new-2', 'SYR', '2024-05-05T10:00:00.000Z', '2024-05-05T10:00:00.000Z']
    ])
    for (const part of parts) {
      expect(part).toMatchObject({
        articleId: strikes.articleId,
        eventType: strikes.eventType,
        subEventType: strikes.subEventType,
        actor1: strikes.actor1,
        actor2: strikes.actor2,
        eventDate: strikes.eventDate,
        grade: strikes.grade,
        notes: strikes.notes,
        tags: strikes.tags,
        context: strikes.context,
        ontologyCode: strikes.ontologyCode
      })
      expect(part.evidence.fatalities).toEqual(strikes.evidence.fatalities)
    }
    // The country's citation stays with the original country only (see below).
    expect(parts.map((p) => p.evidence.country !== undefined)).toEqual([true, false])
  })

  it('keeps the place in the same country and clears it in another one', () => {
    const [iraq, syria] = splitEvent(
      strikes,
      [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }],
      ids(),
      now
    )
    expect(iraq).toMatchObject({
      admin1: 'Duhok',
      location: 'Amadiya',
      latitude: 37.09,
      longitude: 43.49
    })
    expect(iraq?.evidence.location).toEqual(strikes.evidence.location)
    expect(syria).toMatchObject({
      admin1: '',
      location: '',
      latitude: null,
      longitude: null,
      geoPrecision: 3
    })
    expect(iraq?.geoPrecision).toBe(strikes.geoPrecision)
    expect(syria?.evidence.location).toBeUndefined()
    // "in Iraq and Syria" was cited for Iraq: the Syrian part cites nothing for its country.
    expect(iraq?.evidence.country).toEqual(strikes.evidence.country)
    expect(syria?.evidence.country).toBeUndefined()
  })

  it('drops from a part a citation made for a value the part does not hold', () => {
    const cited = withCitation(strikes, 'country', sampleEvidence('in Iraq', 30))
    const [iraq, syria] = splitEvent(
      cited,
      [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }],
      ids(),
      now
    )
    expect(iraq?.evidence.country).toEqual(cited.evidence.country)
    expect(syria?.evidence.country).toBeUndefined()
    expect(syria?.evidence.fatalities).toEqual(strikes.evidence.fatalities)
  })

  it('takes the place a part gives', () => {
    const [syria] = splitEvent(
      strikes,
      [
        {
          countryCode: 'SYR',
          admin1: 'Hasaka',
          location: 'Qamishli',
          latitude: 37.05,
          longitude: 41.22
        }
      ],
      ids(),
      now
    )
    expect(syria).toMatchObject({
      countryCode: 'SYR',
      admin1: 'Hasaka',
      location: 'Qamishli',
      latitude: 37.05,
      longitude: 41.22
    })
  })

  it('makes one event per day', () => {
    const week = { ...strikes, eventDate: '2024-04-29', timePrecision: 2 as const }
    const parts = splitEvent(
      week,
      [
        { eventDate: '2024-05-02', timePrecision: 1 },
        { eventDate: '2024-05-03', timePrecision: 1 }
      ],
      ids(),
      now
    )
    expect(parts.map((p) => [p.eventDate, p.timePrecision, p.location])).toEqual([
      ['2024-05-02', 1, 'Amadiya'],
      ['2024-05-03', 1, 'Amadiya']
    ])
    // The citation for the week does not support either day.
    const cited = splitEvent(
      { ...week, evidence: { eventDate: sampleEvidence('this week', 5) } },
      [{ eventDate: '2024-05-02', timePrecision: 1 }, {}],
      ids(),
      now
    )
    expect(cited.map((p) => p.evidence.eventDate === undefined)).toEqual([true, false])
  })

  it('splits 2 countries × 2 days into 4 events', () => {
    const proposal = splitProposal({
      countries: [
        { code: 'IRQ', name: 'Iraq' },
        { code: 'SYR', name: 'Syria' }
      ],
      dates: [
        { date: '2024-05-02', precision: 1 },
        { date: '2024-05-03', precision: 1 }
      ]
    })
    const parts = splitEvent(strikes, proposal.parts, ids(), now)
    expect(parts.map((p) => `${p.countryCode} ${p.eventDate}`)).toEqual([
      'IRQ 2024-05-02',
      'IRQ 2024-05-03',
      'SYR 2024-05-02',
      'SYR 2024-05-03'
    ])
    expect(new Set(parts.map((p) => p.id)).size).toBe(4)
  })

  it('divides the fatalities evenly, the remainder on the first parts, unless told to copy', () => {
    const three = [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }, { countryCode: 'TUR' }]
    expect(splitEvent(strikes, three, ids(), now).map((p) => p.fatalities)).toEqual([8, 7, 7])
    expect(
      splitEvent(strikes, three, ids(), now, { fatalities: 'copy' }).map((p) => p.fatalities)
    ).toEqual([22, 22, 22])
    expect(
      splitEvent({ ...strikes, fatalities: null }, three, ids(), now).map((p) => p.fatalities)
    ).toEqual([null, null, null])
  })

  it('leaves the divided parts clear of the fatalities-reuse check', () => {
    const [a, b] = splitEvent(strikes, [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }], ids(), now)
    expect(a && b && checkFatalitiesReuse(a, [b])).toEqual([])
  })

  it('copies deeply: editing a part changes neither the original nor the other parts', () => {
    const [a, b] = splitEvent(strikes, [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }], ids(), now)
    if (!a || !b || !a.actor1 || !a.evidence.country) throw new Error('missing parts')
    a.actor1.name = 'changed'
    a.tags.push('changed')
    a.evidence.country.selectors.quote.exact = 'changed'
    expect(strikes.actor1?.name).toBe('Military Forces of Turkey (2016-)')
    expect(b.tags).toEqual(['cross-border'])
    expect(strikes.evidence.country?.selectors.quote.exact).toBe('in Iraq and Syria')
  })

  it('refuses no parts and unreal dates', () => {
    expect(() => splitEvent(strikes, [], ids(), now)).toThrow(RangeError)
    expect(() => splitEvent(strikes, [{ eventDate: '2024-02-30' }], ids(), now)).toThrow(RangeError)
  })
})

describe('splitProposal', () => {
  it('asks to split a passage naming two countries', () => {
    const proposal = splitProposal({
      countries: [
        { code: 'IRQ', name: 'Iraq' },
        { code: 'SYR', name: 'Syria' }
      ],
      dates: [{ date: '2024-05-03', precision: 1 }]
    })
    expect(proposal).toEqual({
      shouldSplit: true,
      parts: [
        { countryCode: 'IRQ', eventDate: '2024-05-03', timePrecision: 1 },
        { countryCode: 'SYR', eventDate: '2024-05-03', timePrecision: 1 }
      ],
      message:
        'This passage names Iraq and Syria: ACLED codes one event per country and day. Split into 2 events?'
    })
  })

  it('asks to split a passage naming two days, earliest first', () => {
    const proposal = splitProposal({
      countries: [{ code: 'IRQ', name: 'Iraq' }],
      dates: [
        { date: '2024-05-03', precision: 1 },
        { date: '2024-05-02', precision: 1 }
      ]
    })
    expect(proposal.parts.map((p) => p.eventDate)).toEqual(['2024-05-02', '2024-05-03'])
    expect(proposal.message).toBe(
      'This passage names 2 May 2024 and 3 May 2024: ACLED codes one event per country and day. Split into 2 events?'
    )
  })

  it('names countries and days together for a 2 × 2 split', () => {
    const proposal = splitProposal({
      countries: [
        { code: 'IRQ', name: 'Iraq' },
        { code: 'SYR', name: 'Syria' },
        { code: 'IRQ', name: 'Iraq' }
      ],
      dates: [
        { date: '2024-05-02', precision: 1 },
        { date: '2024-05-03', precision: 1 },
        { date: '2024-05-03', precision: 1 }
      ]
    })
    expect(proposal.parts).toHaveLength(4)
    expect(proposal.message).toBe(
      'This passage names Iraq and Syria, and 2 May 2024 and 3 May 2024: ACLED codes one event per country and day. Split into 4 events?'
    )
  })

  it('lists three countries the English way', () => {
    const proposal = splitProposal({
      countries: [
        { code: 'IRQ', name: 'Iraq' },
        { code: 'SYR', name: 'Syria' },
        { code: 'LBN', name: 'Lebanon' }
      ],
      dates: []
    })
    expect(proposal.parts).toEqual([
      { countryCode: 'IRQ' },
      { countryCode: 'SYR' },
      { countryCode: 'LBN' }
    ])
    expect(proposal.message).toMatch(
      /^This passage names Iraq, Syria and Lebanon: .* Split into 3 events\?$/
    )
  })

  it('does not split one country on one day, or a vague date that contains a precise one', () => {
    expect(splitProposal({ countries: [{ code: 'IRQ', name: 'Iraq' }], dates: [] })).toEqual({
      shouldSplit: false,
      parts: [{ countryCode: 'IRQ' }],
      message: ''
    })
    const vague = splitProposal({
      countries: [{ code: 'IRQ', name: 'Iraq' }],
      dates: [
        { date: '2024-05-15', precision: 3 },
        { date: '2024-05-03', precision: 1 }
      ]
    })
    expect(vague.shouldSplit).toBe(false)
    expect(vague.parts).toEqual([{ countryCode: 'IRQ', eventDate: '2024-05-03', timePrecision: 1 }])
  })

  it('moves a month mention to the first of the month and ignores unreal dates', () => {
    const proposal = splitProposal({
      countries: [],
      dates: [
        { date: '2024-02-14', precision: 3 },
        { date: '2024-05-03', precision: 1 },
        { date: '2024-02-30', precision: 1 }
      ]
    })
    expect(proposal.parts).toEqual([
      { eventDate: '2024-02-01', timePrecision: 3 },
      { eventDate: '2024-05-03', timePrecision: 1 }
    ])
    expect(proposal.message).toBe(
      'This passage names February 2024 and 3 May 2024: ACLED codes one event per country and day. Split into 2 events?'
    )
  })
})
