import { afterEach, describe, expect, it } from 'vitest'
import { sampleEvent } from '@core/events/sample-event'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import { WorkbenchDb } from '../db/workbench-db'
import { resolveNavTarget, targetOfLink } from './resolve-nav-target'

let n = 0
const dbs: WorkbenchDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

const article = (id: string, title: string): ArticleRecord => ({
  id,
  title,
  source: '',
  url: '',
  byline: '',
  publishedAt: '',
  importedAt: '2024-05-04T09:00:00.000Z',
  contentHash: id,
  format: 'paste',
  blocks: [{ kind: 'paragraph', text: 'Turkish drones struck PKK positions near Amadiya.' }]
})

const annotation = (id: string, articleId: string): AnnotationRecord => ({
  id,
  articleId,
  createdAt: '2024-05-04T09:00:00.000Z',
  updatedAt: '2024-05-04T09:00:00.000Z',
  creator: 'analyst',
  motivation: 'highlighting',
  colour: 0,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'Turkish drones', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 14 },
    textHash: 'h'
  },
  anchor: { start: 0, end: 14, status: 'exact', score: 1, textHash: 'h' },
  commentHtml: '',
  commentText: '',
  tags: [],
  grade: null
})

async function seeded(): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(`nav-${n++}`)
  dbs.push(db)
  await db.articles.bulkAdd([article('art-1', 'Strikes near Amadiya'), article('art-2', 'Other')])
  await db.annotations.add(annotation('ann-1', 'art-1'))
  await db.events.add(sampleEvent({ id: 'ev-1', articleId: 'art-1' }))
  await db.notes.add({
    id: 'note-1',
    articleId: null,
    title: 'Weekly brief',
    schemaVersion: 2,
    doc: { type: 'doc', content: [] },
    createdAt: '2024-05-04T09:00:00.000Z',
    updatedAt: '2024-05-04T09:00:00.000Z'
  })
  return db
}

describe('resolveNavTarget', () => {
  it('resolves items that exist', async () => {
    const db = await seeded()
    for (const target of [
      { kind: 'article', articleId: 'art-1' },
      { kind: 'annotation', articleId: 'art-1', annotationId: 'ann-1' },
      { kind: 'event', articleId: 'art-1', eventId: 'ev-1' }
    ] as const)
      expect(await resolveNavTarget(db, target)).toEqual({ target, problem: null })
    expect(await resolveNavTarget(db, { kind: 'note', noteId: 'note-1' })).toEqual({
      target: { kind: 'note', noteId: 'note-1', articleId: null },
      problem: null
    })
  })

  it('trusts the item over the article a link names', async () => {
    const db = await seeded()
    const link = targetOfLink({ articleId: 'art-2', annotationId: 'ann-1' })
    expect((await resolveNavTarget(db, link)).target).toEqual({
      kind: 'annotation',
      articleId: 'art-1',
      annotationId: 'ann-1'
    })
  })

  it('falls back to the article of a deleted item, and says so', async () => {
    const db = await seeded()
    expect(
      await resolveNavTarget(db, targetOfLink({ articleId: 'art-1', eventId: 'ev-gone' }))
    ).toEqual({
      target: { kind: 'article', articleId: 'art-1' },
      problem: 'That event is no longer in “Strikes near Amadiya”; showing the article instead.'
    })
  })

  it('gives nothing to show, and a reason, when the article or note is gone', async () => {
    const db = await seeded()
    expect(
      await resolveNavTarget(db, targetOfLink({ articleId: 'art-9', annotationId: 'ann-9' }))
    ).toEqual({ target: null, problem: 'The article this points to is not in your library.' })
    expect(await resolveNavTarget(db, { kind: 'note', noteId: 'note-9' })).toEqual({
      target: null,
      problem: 'That note is no longer in the workbench.'
    })
  })
})
