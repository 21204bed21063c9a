import { describe, expect, it } from 'vitest'
import { emptyEvent } from './empty-event'
import { validateEventRecord } from './event-schema'

describe('emptyEvent', () => {
  const now = new Date('2024-05-04T09:00:00Z')
  const event = emptyEvent('art-1', () => 'ev-new', now)

  it('starts a current-context draft with nothing coded', () => {
    expect(event).toMatchObject({
      id: 'ev-new',
      articleId: 'art-1',
      createdAt: '2024-05-04T09:00:00.000Z',
      updatedAt: '2024-05-04T09:00:00.000Z',
      eventType: '',
      subEventType: '',
      actor1: null,
      actor2: null,
      eventDate: '',
      timePrecision: 1,
      geoPrecision: 1,
      fatalities: null,
      latitude: null,
      grade: null,
      context: 'current',
      tags: [],
      evidence: {}
    })
  })

  it('is a valid stored record, so a draft can be saved', () => {
    expect(validateEventRecord(event)).toEqual({ ok: true, value: event })
  })

  it('does not share arrays between drafts', () => {
    const other = emptyEvent('art-1', () => 'ev-2', now)
    expect(other.tags).not.toBe(event.tags)
    expect(other.evidence).not.toBe(event.evidence)
  })
})
