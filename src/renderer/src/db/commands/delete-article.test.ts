import { afterEach, describe, expect, it } from 'vitest'
import { makeAnnotation, makeArticle, makeEvent } from '@core/test-support/make-records'
import { DELETED_ARTICLES_KEY } from '@shared/model/deleted-article'
import type { NoteRecord } from '@shared/model/note'
import { readAllTables } from '../queries/read-all-tables'
import { WorkbenchDb } from '../workbench-db'
import { articleDependants, deleteArticle, restoreDeletedArticle } from './delete-article'

let n = 0
const dbs: WorkbenchDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

const note = (id: string, articleId: string | null, doc: unknown): NoteRecord => ({
  id,
  articleId,
  title: id,
  schemaVersion: 1,
  doc,
  createdAt: '2024-05-04T09:00:00.000Z',
  updatedAt: '2024-05-04T09:00:00.000Z'
})

async function seeded(): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(`delete-article-${n++}`)
  dbs.push(db)
  await db.articles.bulkAdd([makeArticle(), makeArticle({ id: 'art-2', contentHash: 'other' })])
  await db.annotations.bulkAdd([
    makeAnnotation({ id: 'ann-1' }),
    makeAnnotation({ id: 'ann-2' }),
    makeAnnotation({ id: 'ann-other', articleId: 'art-2' })
  ])
  await db.events.bulkAdd([
    makeEvent({ id: 'ev-1' }),
    makeEvent({ id: 'ev-2', articleId: 'art-2' })
  ])
  await db.articleRevisions.add({
    id: 'rev-1',
    articleId: 'art-1',
    createdAt: '2024-05-04T10:00:00.000Z',
    title: 'Old',
    contentHash: 'old',
    blocks: [{ kind: 'paragraph', text: 'Older text.' }]
  })
  await db.notes.bulkAdd([
    note('own', 'art-1', { type: 'doc', content: [] }),
    note('cites', null, {
      type: 'doc',
      content: [{ type: 'citedQuote', attrs: { annotationId: 'ann-1' } }]
    }),
    note('unrelated', 'art-2', { type: 'doc', content: [] })
  ])
  return db
}

describe('deleteArticle', () => {
  it('counts what goes with an article and which notes it touches', async () => {
    const db = await seeded()
    expect(await articleDependants(db, 'art-1')).toEqual({
      annotations: 2,
      events: 1,
      revisions: 1,
      ownNotes: 1,
      citingNotes: 1
    })
  })

  it('removes the article with its annotations, events and versions; notes keep their text', async () => {
    const db = await seeded()
    const deleted = await deleteArticle(db, 'art-1')
    expect(deleted?.annotations.map((a) => a.id).sort()).toEqual(['ann-1', 'ann-2'])
    expect(await db.articles.get('art-1')).toBeUndefined()
    expect(await db.annotations.toCollection().primaryKeys()).toEqual(['ann-other'])
    expect(await db.events.toCollection().primaryKeys()).toEqual(['ev-2'])
    expect(await db.articleRevisions.count()).toBe(0)
    expect(await db.notes.count()).toBe(3)
    expect((await db.notes.get('own'))?.articleId).toBeNull()
    expect((await db.settings.get(DELETED_ARTICLES_KEY))?.value).toEqual([
      {
        articleId: 'art-1',
        title: 'Turkish drones strike PKK positions',
        annotationIds: ['ann-1', 'ann-2'],
        eventIds: ['ev-1']
      }
    ])
    expect(await deleteArticle(db, 'art-1')).toBeNull()
  })

  it('is undone exactly: every record back with the same ids, the mark gone', async () => {
    const db = await seeded()
    const before = await readAllTables(db)
    const deleted = await deleteArticle(db, 'art-1')
    await restoreDeletedArticle(db, deleted!)
    const after = await readAllTables(db)
    expect(after.settings).toEqual([{ key: DELETED_ARTICLES_KEY, value: [] }])
    expect({ ...after, settings: [] }).toEqual({ ...before, settings: [] })
  })

  it("takes a PDF article's stored file with it, and undo puts the same bytes back", async () => {
    const db = await seeded()
    const bytes = new Uint8Array([37, 80, 68, 70, 45])
    await db.sourceFiles.add({
      articleId: 'art-1',
      fileName: 'report.pdf',
      mediaType: 'application/pdf',
      bytes
    })
    await db.sourceFiles.add({
      articleId: 'art-2',
      fileName: 'other.pdf',
      mediaType: 'application/pdf',
      bytes
    })
    const deleted = await deleteArticle(db, 'art-1')
    expect(await db.sourceFiles.get('art-1')).toBeUndefined()
    expect(await db.sourceFiles.get('art-2')).toBeDefined()
    await restoreDeletedArticle(db, deleted!)
    expect(Array.from((await db.sourceFiles.get('art-1'))?.bytes ?? [])).toEqual(Array.from(bytes))
  })

  it('refuses to undo when the same text came back as another article', async () => {
    const db = await seeded()
    const deleted = await deleteArticle(db, 'art-1')
    await db.articles.add(makeArticle({ id: 'art-3', title: 'Again' }))
    await expect(restoreDeletedArticle(db, deleted!)).rejects.toThrow(/Again/)
    expect(await db.annotations.count()).toBe(1)
  })
})
