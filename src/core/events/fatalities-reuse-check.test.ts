import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../shared/model/event'
import { areSplitSiblings, checkFatalitiesReuse, samePassage } from './fatalities-reuse-check'
import { sampleEvent, sampleEvidence } from './sample-event'

// Article text: "... Turkish drones struck ... The February strikes killed 22, officials said."
const february = sampleEvidence('The February strikes killed 22', 120, 'fnv1a32:0000abcd', {
  prefix: 'near Amadiya on Friday. ',
  suffix: ', officials said.'
})

/** Today's strike, wrongly given the February figure. */
const today = sampleEvent({
  fatalities: 22,
  fatalitiesPhrase: '22',
  evidence: { fatalities: february }
})
/** The February strikes, coded from the same sentence as a historical mention. */
const earlier: EventRecord = sampleEvent({
  id: 'ev-feb',
  eventDate: '2024-02-01',
  timePrecision: 3,
  context: 'historical',
  fatalities: 22,
  fatalitiesPhrase: '22',
  evidence: { fatalities: february }
})

describe('checkFatalitiesReuse', () => {
  it('is an error when the same figure of the same passage is on another event of the article', () => {
    const issues = checkFatalitiesReuse(today, [earlier])
    expect(issues).toEqual([
      {
        severity: 'error',
        field: 'fatalities',
        code: 'fatalities-reused',
        message:
          'The figure 22 ("The February strikes killed 22") is already coded on another event (Explosions/Remote violence, February 2024). A figure reported for one event belongs to that event only: keep it on one of them.',
        relatedEventIds: ['ev-feb']
      }
    ])
  })

  it('fires on an overlapping span, not only an identical one', () => {
    const inner = sampleEvidence('killed 22', 141)
    const other = { ...earlier, evidence: { fatalities: inner } }
    expect(checkFatalitiesReuse(today, [other])).toHaveLength(1)
  })

  it('warns when only the phrase matches at the same spot', () => {
    const dozens = sampleEvidence('dozens were killed', 300)
    const a = sampleEvent({
      fatalities: 12,
      fatalitiesPhrase: 'dozens',
      evidence: { fatalities: dozens }
    })
    const b = {
      ...earlier,
      fatalities: 10,
      fatalitiesPhrase: 'Dozens',
      evidence: { fatalities: dozens }
    }
    const [issue] = checkFatalitiesReuse(a, [b])
    expect(issue?.severity).toBe('warning')
    expect(issue?.message).toMatch(/^The phrase "dozens" \("dozens were killed"\) is already coded/)
  })

  it('warns for a copy of the passage in another article', () => {
    const copy = sampleEvidence('The February strikes killed 22', 4000, 'fnv1a32:99998888', {
      prefix: 'near Amadiya on Friday. ',
      suffix: ', officials said.'
    })
    const other = { ...earlier, articleId: 'art-2', evidence: { fatalities: copy } }
    const [issue] = checkFatalitiesReuse(today, [other])
    expect(issue?.severity).toBe('warning')
    expect(issue?.message).toMatch(/from a copy of this passage in another article/)
  })

  it('does not fire for the same number from another passage', () => {
    const elsewhere = {
      ...earlier,
      evidence: { fatalities: sampleEvidence('22 soldiers died', 500) }
    }
    expect(checkFatalitiesReuse(today, [elsewhere])).toEqual([])
  })

  it('does not fire without evidence, for unknown or zero figures, or for itself', () => {
    expect(checkFatalitiesReuse(today, [{ ...earlier, evidence: {} }])).toEqual([])
    expect(checkFatalitiesReuse({ ...today, fatalities: null }, [earlier])).toEqual([])
    expect(
      checkFatalitiesReuse({ ...today, fatalities: 0 }, [{ ...earlier, fatalities: 0 }])
    ).toEqual([])
    expect(checkFatalitiesReuse(today, [today])).toEqual([])
  })

  it('does not fire between the parts of a split that divided one total', () => {
    const iraq = { ...today, id: 'p1', fatalities: 11 }
    const syria = { ...today, id: 'p2', fatalities: 11, countryCode: 'SYR', location: '' }
    expect(areSplitSiblings(iraq, syria)).toBe(true)
    expect(checkFatalitiesReuse(iraq, [syria])).toEqual([])
  })
})

describe('samePassage', () => {
  it('falls back to stored positions when an anchor is orphaned', () => {
    const orphaned = {
      ...february,
      anchor: {
        start: -1,
        end: -1,
        status: 'orphaned' as const,
        score: 0,
        textHash: 'fnv1a32:0000abcd'
      }
    }
    expect(
      samePassage({ articleId: 'a', evidence: february }, { articleId: 'a', evidence: orphaned })
    ).toBe(true)
  })
  it('does not compare offsets of different articles', () => {
    const sameOffsets = sampleEvidence('The May strikes killed 22', 120)
    expect(
      samePassage({ articleId: 'a', evidence: february }, { articleId: 'b', evidence: sameOffsets })
    ).toBe(false)
  })
})
