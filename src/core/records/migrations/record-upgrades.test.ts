import { describe, expect, it } from 'vitest'
import { version1Records } from './fixtures/version-1-records'
import {
  RECORD_VERSION,
  needsUpgrade,
  upgradeAnnotation,
  upgradeEvent,
  upgradeNote,
  upgradeRecord,
  upgradeStep
} from './record-upgrades'
import { V2_ANNOTATION_DEFAULTS } from './v002-annotation-fields'

const old = version1Records()

describe('record upgrades', () => {
  it('give a version 1 annotation the fields version 2 reads, keeping those it had', () => {
    const [bare, commented] = old['annotations']!
    expect(upgradeAnnotation(bare, 1)).toEqual({
      ...bare,
      tags: [],
      grade: null,
      commentHtml: '',
      commentText: '',
      colour: 0,
      motivation: 'highlighting',
      creator: 'local user'
    })
    expect(upgradeAnnotation(commented, 1)).toMatchObject({
      commentHtml: '<p>Check the date.</p>',
      commentText: 'Check the date.',
      tags: ['date'],
      colour: 0
    })
  })

  it('give an older note its editor schema version, an empty document and a creation time', () => {
    expect(upgradeNote(old['notes']![0], 2)).toEqual({
      id: 'note-old',
      articleId: 'art-1',
      title: 'Old note',
      updatedAt: '2024-01-03T10:00:00.000Z',
      createdAt: '2024-01-03T10:00:00.000Z',
      schemaVersion: 1,
      doc: { type: 'doc', content: [] }
    })
  })

  it('are pure: the record given is not changed, and no two records share a default list', () => {
    const bare = old['annotations']![0]!
    const before = structuredClone(bare)
    const a = upgradeAnnotation(bare, 1) as { tags: string[] }
    const b = upgradeAnnotation(bare, 1) as { tags: string[] }
    expect(bare).toEqual(before)
    expect(a.tags).not.toBe(b.tags)
    a.tags.push('x')
    expect(V2_ANNOTATION_DEFAULTS.tags).toEqual([])
    expect(Object.isFrozen(V2_ANNOTATION_DEFAULTS)).toBe(true)
  })

  it('run only the steps after the version a record was stored by', () => {
    const bare = old['annotations']![0]!
    expect(upgradeAnnotation(bare, RECORD_VERSION)).toBe(bare)
    expect(upgradeAnnotation(bare, 2)).toBe(bare)
    expect(upgradeNote(old['notes']![0], 3)).toBe(old['notes']![0])
    expect(upgradeStep('events', 2)(old['events']![0]!)).toBe(old['events']![0])
    expect(needsUpgrade('annotations', 1)).toBe(true)
    expect(needsUpgrade('annotations', 2)).toBe(false)
    expect(needsUpgrade('notes', 2)).toBe(true)
  })

  it('keep every field an event had, and leave a current one as it is', () => {
    const event = old['events']![0]!
    expect(upgradeEvent(event, 1)).toMatchObject(event)
    expect(upgradeEvent(event, RECORD_VERSION)).toBe(event)
  })

  it('pass anything that is not a record through, for validation to refuse', () => {
    expect(upgradeRecord('annotations', 'text', 1)).toBe('text')
    expect(upgradeRecord('notes', null, 1)).toBe(null)
    expect(upgradeRecord('notes', [1], 1)).toEqual([1])
  })
})
