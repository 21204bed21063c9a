import { describe, expect, it } from 'vitest'
import type { ExportData } from './export-data'
import { exportFixture } from './fixtures/export-fixture'
import { selectScope } from './select-scope'

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id)

/** The fixture plus a second article with its own annotation, event, actor and note. */
function twoArticles(): ExportData {
  const data = exportFixture()
  const [article] = data.articles
  const [annotation] = data.annotations
  const [event] = data.events
  const [note] = data.notes
  return {
    articles: [...data.articles, { ...article!, id: 'other', title: 'Other article' }],
    annotations: [...data.annotations, { ...annotation!, id: 'ann-other', articleId: 'other' }],
    events: [
      ...data.events,
      {
        ...event!,
        id: 'evt-other',
        articleId: 'other',
        actor1: { name: 'Iraq', actorId: 'act-iraq', inter: 1 },
        actor2: null
      }
    ],
    actors: data.actors,
    notes: [
      // Created first but listed last: scopes order notes by creation.
      {
        ...note!,
        id: 'note-other',
        articleId: 'other',
        title: 'Other',
        doc: { type: 'doc', content: [{ type: 'paragraph' }] },
        createdAt: '2026-11-01T00:00:00.000Z'
      },
      ...data.notes
    ]
  }
}

describe('selectScope', () => {
  it('keeps everything for everything, notes by creation', () => {
    const all = twoArticles()
    const selected = selectScope(all, { kind: 'everything' })
    expect(ids(selected.articles)).toEqual(ids(all.articles))
    expect(ids(selected.annotations)).toEqual(ids(all.annotations))
    expect(ids(selected.actors)).toEqual(ids(all.actors))
    expect(ids(selected.notes)).toEqual(['note-other', 'note-bluf', 'note-outlook'])
  })

  it('takes an article with its annotations, events, notes and their actors only', () => {
    const selected = selectScope(twoArticles(), { kind: 'article', articleId: 'other' })
    expect(ids(selected.articles)).toEqual(['other'])
    expect(ids(selected.annotations)).toEqual(['ann-other'])
    expect(ids(selected.events)).toEqual(['evt-other'])
    expect(ids(selected.actors)).toEqual(['act-iraq'])
    expect(ids(selected.notes)).toEqual(['note-other'])
  })

  it('takes a note with what it cites and what its live blocks draw from its article', () => {
    const selected = selectScope(twoArticles(), { kind: 'note', noteId: 'note-bluf' })
    expect(ids(selected.notes)).toEqual(['note-bluf'])
    expect(ids(selected.articles)).toEqual(['militia-airstrikes'])
    // Cited: strikes, drone, february, iran, jcpoa; the sources block adds graded ones (same set).
    // The deleted annotation is simply absent; ann-alliance (ungraded, uncited) is not drawn.
    expect(ids(selected.annotations)).toEqual([
      'ann-strikes',
      'ann-drone',
      'ann-february',
      'ann-iran',
      'ann-jcpoa'
    ])
    expect(ids(selected.events)).toEqual(['evt-strikes', 'evt-drone', 'evt-february'])
    expect(ids(selected.actors)).toEqual(['act-us', 'act-militias'])
  })

  it('takes only cited records for a note without live blocks (migrating a v1 note first)', () => {
    const selected = selectScope(twoArticles(), { kind: 'note', noteId: 'note-outlook' })
    expect(ids(selected.annotations)).toEqual(['ann-alliance'])
    expect(ids(selected.events)).toEqual(['evt-drone'])
    expect(ids(selected.actors)).toEqual(['act-us', 'act-militias'])
  })

  it('draws from every article for a note across articles', () => {
    const all = twoArticles()
    const note = {
      ...all.notes[0]!,
      id: 'note-across',
      articleId: null,
      doc: { type: 'doc', content: [{ type: 'liveBlock', attrs: { kind: 'timeline' } }] }
    }
    const selected = selectScope(
      { ...all, notes: [...all.notes, note] },
      {
        kind: 'note',
        noteId: 'note-across'
      }
    )
    expect(ids(selected.events)).toEqual(['evt-strikes', 'evt-drone', 'evt-february', 'evt-other'])
    expect(ids(selected.annotations)).toEqual([])
    expect(ids(selected.articles)).toEqual(['militia-airstrikes', 'other'])
    expect(ids(selected.actors)).toEqual(['act-us', 'act-militias', 'act-iraq'])
  })

  it('selects nothing for an unknown id', () => {
    const all = twoArticles()
    for (const scope of [
      { kind: 'note', noteId: 'nope' },
      { kind: 'article', articleId: 'nope' }
    ] as const) {
      const selected = selectScope(all, scope)
      expect(
        Object.values(selected).every((list) => list.length === 0),
        scope.kind
      ).toBe(true)
    }
  })
})
