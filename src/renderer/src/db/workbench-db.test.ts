import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { AnnotationRecord } from '@shared/model/annotation'
import { RECORD_VERSION } from '@core/records/migrations'
import { makeArticle, makeEvent } from '@core/test-support/make-records'
import { v001Initial } from './v001-initial'
import type { ArticleRecord } from '@shared/model/article'
import { addArticle } from './commands/add-article'
import { deleteArticle } from './commands/delete-article'
import { updateArticleMetadata } from './commands/update-article-metadata'
import { listArticles } from './queries/list-articles'
import { WorkbenchDb } from './workbench-db'
import { ensureSample } from '../sample/ensure-sample'

let n = 0
const dbs: WorkbenchDb[] = []
function freshDb(): WorkbenchDb {
  const db = new WorkbenchDb(`test-${n++}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

const article = (over: Partial<ArticleRecord> = {}): ArticleRecord =>
  makeArticle({
    id: crypto.randomUUID(),
    importedAt: new Date().toISOString(),
    contentHash: crypto.randomUUID(),
    ...over
  })

describe('WorkbenchDb', () => {
  it('has every table the product needs, at the current version', async () => {
    const db = freshDb()
    await db.open()
    expect(db.verno).toBe(RECORD_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'actors',
        'annotations',
        'articleRevisions',
        'articleSummaries',
        'articles',
        'events',
        'noteJournal',
        'noteRevisions',
        'noteTemplates',
        'notes',
        'settings',
        'sourceFiles'
      ].sort()
    )
  })

  it('upgrades a version 1 database, giving old annotations the fields version 2 reads', async () => {
    const name = `upgrade-${n++}`
    const v1 = new Dexie(name)
    v001Initial(v1)
    await v1.open()
    await v1.table('articles').add(article({ id: 'art' }))
    await v1
      .table('annotations')
      .add({ id: 'old', articleId: 'art', createdAt: 'c', updatedAt: 'u' })
    await v1.table('notes').add({ id: 'n1', articleId: 'art', title: 'Old note', updatedAt: 'u' })
    v1.close()
    const db = new WorkbenchDb(name)
    dbs.push(db)
    const upgraded = await db.annotations.get('old')
    expect(upgraded).toMatchObject({
      tags: [],
      grade: null,
      commentHtml: '',
      commentText: '',
      colour: 0,
      motivation: 'highlighting'
    })
    expect(await db.articles.get('art')).toBeTruthy()
    expect(await db.notes.get('n1')).toMatchObject({
      schemaVersion: 1,
      doc: { type: 'doc', content: [] },
      createdAt: 'u'
    })
    expect(db.verno).toBe(RECORD_VERSION)
  })

  it('refuses a second article with the same content and offers the existing one', async () => {
    const db = freshDb()
    const first = article({ contentHash: 'h' })
    expect((await addArticle(db, first)).kind).toBe('added')
    const again = await addArticle(db, article({ contentHash: 'h', title: 'B' }))
    expect(again).toEqual({ kind: 'duplicate', existing: first })
    expect(await db.articles.count()).toBe(1)
  })

  it('lists articles newest first with their counts', async () => {
    const db = freshDb()
    const old = article({ importedAt: '2020-01-01T00:00:00Z', title: 'old' })
    const recent = article({ importedAt: '2024-01-01T00:00:00Z', title: 'new' })
    await addArticle(db, old)
    await addArticle(db, recent)
    await db.annotations.add({ id: 'a1', articleId: old.id } as AnnotationRecord)
    await db.events.bulkAdd([
      makeEvent({ id: 'e1', articleId: old.id }),
      makeEvent({ id: 'e2', articleId: old.id })
    ])
    const list = await listArticles(db)
    expect(list.map((a) => [a.title, a.annotationCount, a.eventCount])).toEqual([
      ['new', 0, 0],
      ['old', 1, 2]
    ])
  })

  it('updates metadata without touching the text, and fails for a missing article', async () => {
    const db = freshDb()
    const a = article()
    await addArticle(db, a)
    await updateArticleMetadata(db, a.id, {
      title: 'T2',
      source: 'S',
      url: '',
      byline: '',
      publishedAt: '2021-06-29'
    })
    const stored = await db.articles.get(a.id)
    expect(stored?.title).toBe('T2')
    expect(stored?.blocks).toEqual(a.blocks)
    await expect(
      updateArticleMetadata(db, 'missing', {
        title: 'x',
        source: '',
        url: '',
        byline: '',
        publishedAt: ''
      })
    ).rejects.toThrow()
  })

  it('deletes an article with its annotations and events', async () => {
    const db = freshDb()
    const a = article()
    await addArticle(db, a)
    await db.annotations.add({ id: 'a1', articleId: a.id } as AnnotationRecord)
    await deleteArticle(db, a.id)
    expect(await db.articles.count()).toBe(0)
    expect(await db.annotations.count()).toBe(0)
  })

  it('adds the sample once, on first launch only', async () => {
    const db = freshDb()
    const id = await ensureSample(db, new Date())
    expect(id).toBeTruthy()
    const sample = await db.articles.get(id!)
    expect(sample?.title).toMatch(/^United States Carries Out Airstrikes/)
    expect(sample?.blocks).toHaveLength(4)
    await db.articles.clear()
    expect(await ensureSample(db, new Date())).toBeNull()
    expect(await db.articles.count()).toBe(0)
  })
})
