import { describe, expect, it } from 'vitest'
import { createAnchorer } from '../anchoring'
import { citationKey, validEvidence } from '../events'
import { chooseCandidate, eventFromSuggestion } from './event-from-suggestion'
import { handMadeSuggestion, TEXT } from './hand-made-suggestion'
import { candidateOffers, formatConfidence, proposedValues } from './proposal-fields'

const anchorer = createAnchorer(TEXT)
const now = new Date('2021-06-30T08:00:00Z')
const draftOf = (s = handMadeSuggestion()) =>
  eventFromSuggestion(s, 'art-1', anchorer, () => 'ev-1', now)

describe('eventFromSuggestion', () => {
  it('fills the proposed values, each citing its words for that value', () => {
    const e = draftOf()
    expect(e).toMatchObject({ countryCode: 'IRQ', eventDate: '2021-06-28', location: 'Iraq' })
    expect(e.evidence.country?.selectors.quote.exact).toBe('Baghdad')
    expect(e.evidence.country?.citedValue).toBe(citationKey(e, 'country'))
    expect(e.evidence.eventType?.citedValue).toBe(citationKey(e, 'eventType'))
  })

  it('leaves a field with only candidates empty, citing nothing for it', () => {
    const e = draftOf()
    expect(e.actor1).toBeNull()
    expect(e.evidence.actor1).toBeUndefined()
    // The country put its name in the place; no candidate was taken for it.
    expect(e.location).toBe('Iraq')
    expect(e.evidence.location).toBeUndefined()
  })
})

describe('chooseCandidate', () => {
  const s = handMadeSuggestion()

  it('sets the chosen value and cites the candidate’s words for it', () => {
    const e = chooseCandidate(draftOf(s), s, 'actor1', 1, anchorer)
    expect(e.actor1).toEqual({ name: 'Militia (Iraq)', actorId: null, inter: 3 })
    expect(e.evidence.actor1?.selectors.quote.exact).toBe('militia fighters')
    expect(validEvidence(e)).toBe(e)
  })

  it('replaces the place the country filled in, with its coordinates and precision', () => {
    const e = chooseCandidate(draftOf(s), s, 'location', 0, anchorer)
    expect(e).toMatchObject({
      location: 'Balad Air Base',
      latitude: 33.94,
      longitude: 44.36,
      geoPrecision: 1,
      countryCode: 'IRQ'
    })
    expect(e.evidence.location?.selectors.quote.exact).toBe('Balad Air Base')
  })

  it('a second choice replaces the first and its citation', () => {
    const first = chooseCandidate(draftOf(s), s, 'location', 0, anchorer)
    const second = chooseCandidate(first, s, 'location', 1, anchorer)
    expect(second.location).toBe('Baghdad')
    expect(second.evidence.location?.selectors.quote.exact).toBe('north of Baghdad')
  })

  it('changes nothing for a candidate that is not there', () => {
    const d = draftOf(s)
    expect(chooseCandidate(d, s, 'fatalities', 0, anchorer)).toBe(d)
    expect(chooseCandidate(d, s, 'actor1', 7, anchorer)).toBe(d)
  })
})

describe('proposal fields', () => {
  const s = handMadeSuggestion()

  it('says when a proposed place has no coordinates, and the draft keeps none', () => {
    const words = TEXT.slice(0, 7)
    const unmapped = {
      ...s,
      location: {
        value: { name: words, latitude: null, longitude: null, geoPrecision: 1 as const },
        start: 0,
        end: 7,
        words,
        confidence: 0.6
      }
    }
    expect(proposedValues(unmapped).find((v) => v.label === 'Location')?.value).toBe(
      `${words} (not in the gazetteer: no coordinates)`
    )
    expect(draftOf(unmapped)).toMatchObject({ location: words, latitude: null, longitude: null })
  })

  it('shows each proposed value with its words and confidence', () => {
    const shown = proposedValues(s)
    expect(shown.map((v) => v.label)).toEqual([
      'Event type',
      'Sub-event type',
      'Country',
      'Event date'
    ])
    expect(shown[2]).toEqual({
      label: 'Country',
      value: 'Iraq (IRQ)',
      words: 'Baghdad',
      confidence: 0.8
    })
    expect(formatConfidence(shown[3]?.confidence)).toBe('70 %')
    expect(formatConfidence(undefined)).toBe('')
  })

  it('offers the candidates of the empty fields, best first', () => {
    const offers = candidateOffers(s)
    expect(offers.map((o) => [o.field, o.options.map((x) => x.value)])).toEqual([
      ['actor1', ['Unidentified Armed Group (Iraq)', 'Militia (Iraq)']],
      ['location', ['Balad Air Base', 'Baghdad']]
    ])
    expect(offers[0]?.options[0]).toMatchObject({ words: 'Gunmen', confidence: 0.4 })
  })

  it('shows a chosen candidate as the field’s value', () => {
    const shown = proposedValues(s, { actor1: 0 })
    expect(shown.find((v) => v.label === 'Actor 1')).toMatchObject({
      value: 'Unidentified Armed Group (Iraq)',
      words: 'Gunmen'
    })
  })
})
