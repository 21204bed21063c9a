import Dexie from 'dexie'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@core/backup'
import { MERGE_FIELDS, type MergePicks } from '@core/events/merge-events'
import { buildArticleSummaries } from '@core/library/article-summaries'
import { makeAnnotation, makeArticle, makeEvent } from '@core/test-support/make-records'
import type { ArticleRecord } from '@shared/model/article'
import { createAnnotation } from './commands/annotations/create-annotation'
import { deleteAnnotation } from './commands/annotations/delete-annotation'
import { updateAnnotation } from './commands/annotations/update-annotation'
import { addArticle } from './commands/add-article'
import { applyArticleRevision } from './commands/apply-article-revision'
import { restoreBackup } from './commands/backup/restore-backup'
import { deleteArticle, restoreDeletedArticle } from './commands/delete-article'
import { mergeStoredEvents } from './commands/events/merge-events'
import { addEvents, deleteEvent, saveEvent } from './commands/events/save-event'
import { updateArticleMetadata } from './commands/update-article-metadata'
import { listArticles } from './queries/list-articles'
import { readAllTables } from './queries/read-all-tables'
import { v001Initial } from './v001-initial'
import { v002ArticleRevisions } from './v002-article-revisions'
import { v003NoteTemplates } from './v003-note-templates'
import { v004SourceFiles } from './v004-source-files'
import { ARTICLE_SUMMARIES_VERSION } from './v006-article-summaries'
import { WorkbenchDb } from './workbench-db'

let n = 0
const dbs: Dexie[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})
function freshDb(): WorkbenchDb {
  const db = new WorkbenchDb(`summaries-${n++}`)
  dbs.push(db)
  return db
}

const article = (id: string, over: Partial<ArticleRecord> = {}): ArticleRecord =>
  makeArticle({
    id,
    contentHash: `hash-${id}`,
    importedAt: `2026-01-0${id.length}T00:00:00Z`,
    ...over
  })

/** The summaries as they must be: counted afresh from every stored record. */
async function recounted(db: WorkbenchDb): Promise<unknown[]> {
  const [articles, annotations, events] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    db.events.toArray()
  ])
  const built = buildArticleSummaries(
    articles,
    annotations.map((a) => a.articleId),
    events.map((e) => e.articleId)
  )
  return built.sort((a, b) => a.id.localeCompare(b.id))
}
async function stored(db: WorkbenchDb): Promise<unknown[]> {
  return (await db.articleSummaries.toArray()).sort((a, b) => a.id.localeCompare(b.id))
}
async function expectInStep(db: WorkbenchDb): Promise<void> {
  expect(await stored(db)).toEqual(await recounted(db))
}
const counts = async (db: WorkbenchDb, id: string): Promise<[number, number] | undefined> => {
  const s = await db.articleSummaries.get(id)
  return s && [s.annotationCount, s.eventCount]
}

const pickFirst = Object.fromEntries(MERGE_FIELDS.map((f) => [f.key, 'a'])) as MergePicks
const NOW = new Date('2026-12-07T10:00:00Z')
const selectors = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'Hello', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 0, end: 5 },
  textHash: 'h'
}

describe('article summaries: every command keeps them in step', () => {
  it('adding, editing and deleting annotations and events', async () => {
    const db = freshDb()
    await addArticle(db, article('a'))
    await addArticle(db, article('bb'))
    expect(await counts(db, 'a')).toEqual([0, 0])

    const made = await createAnnotation(
      db,
      { articleId: 'a', selectors, colour: 0, motivation: 'highlighting' },
      NOW
    )
    await createAnnotation(
      db,
      { articleId: 'a', selectors, colour: 1, motivation: 'commenting' },
      NOW
    )
    expect(await counts(db, 'a')).toEqual([2, 0])
    // A comment keystroke: the count does not move.
    await updateAnnotation(db, made.id, { commentText: 'x', commentHtml: '<p>x</p>' }, NOW)
    expect(await counts(db, 'a')).toEqual([2, 0])
    await deleteAnnotation(db, made.id)
    expect(await counts(db, 'a')).toEqual([1, 0])

    await saveEvent(db, makeEvent({ id: 'e1', articleId: 'bb' }), NOW)
    await addEvents(db, [
      makeEvent({ id: 'e2', articleId: 'bb' }),
      makeEvent({ id: 'e3', articleId: 'a' })
    ])
    expect(await counts(db, 'bb')).toEqual([0, 2])
    // An edit that moves an event to another article moves its count.
    await saveEvent(db, makeEvent({ id: 'e2', articleId: 'a' }), NOW)
    expect(await counts(db, 'bb')).toEqual([0, 1])
    expect(await counts(db, 'a')).toEqual([1, 2])
    await mergeStoredEvents(db, 'e1', 'e3', pickFirst, NOW)
    await deleteEvent(db, 'e2')
    await expectInStep(db)
    expect(await counts(db, 'a')).toEqual([1, 0])
  })

  it('a refused bulk add counts nothing', async () => {
    const db = freshDb()
    await addArticle(db, article('a'))
    await addEvents(db, [makeEvent({ id: 'e1', articleId: 'a' })])
    await expect(
      addEvents(db, [
        makeEvent({ id: 'e2', articleId: 'a' }),
        makeEvent({ id: 'e1', articleId: 'a' })
      ])
    ).rejects.toThrow()
    expect(await counts(db, 'a')).toEqual([0, 1])
  })

  it('article details, a new text, deleting and undoing', async () => {
    const db = freshDb()
    await addArticle(db, article('a'))
    await db.annotations.bulkAdd([
      makeAnnotation({ id: 'n1', articleId: 'a' }),
      makeAnnotation({ id: 'n2', articleId: 'a' })
    ])
    await db.events.add(makeEvent({ id: 'e1', articleId: 'a' }))
    await updateArticleMetadata(db, 'a', {
      title: 'Renamed',
      source: 'Wire',
      url: '',
      byline: '',
      publishedAt: '2026-01-02'
    })
    expect(await db.articleSummaries.get('a')).toMatchObject({
      title: 'Renamed',
      source: 'Wire',
      publishedAt: '2026-01-02',
      annotationCount: 2,
      eventCount: 1
    })
    await applyArticleRevision(
      db,
      'a',
      { blocks: [{ kind: 'paragraph', text: 'New text' }], contentHash: 'new-hash', textHash: 'x' },
      [],
      NOW
    )
    await expectInStep(db)

    const deleted = await deleteArticle(db, 'a')
    expect(await db.articleSummaries.count()).toBe(0)
    await restoreDeletedArticle(db, deleted!)
    expect(await counts(db, 'a')).toEqual([2, 1])
    await expectInStep(db)
  })

  it('a restore rebuilds them from the file; a cleared table counts 0', async () => {
    const db = freshDb()
    await addArticle(db, article('old'))
    const tables = {
      articles: [article('a'), article('bb')],
      articleRevisions: [],
      annotations: [
        makeAnnotation({ id: 'n1', articleId: 'a' }),
        makeAnnotation({ id: 'n2', articleId: 'bb' }),
        makeAnnotation({ id: 'n3', articleId: 'bb' })
      ],
      actors: [],
      events: [makeEvent({ id: 'e1', articleId: 'a' })],
      notes: [],
      noteRevisions: [],
      noteTemplates: [],
      settings: []
    }
    const text = serializeBackup(
      createBackup(tables, { now: NOW.toISOString(), appVersion: 't', databaseVersion: db.verno })
    )
    const restored = await restoreBackup(db, text)
    expect(restored.ok).toBe(true)
    expect(await counts(db, 'old')).toBeUndefined()
    expect(await counts(db, 'a')).toEqual([1, 1])
    expect(await counts(db, 'bb')).toEqual([2, 0])
    await db.annotations.clear()
    expect(await counts(db, 'bb')).toEqual([0, 0])
    await expectInStep(db)
  })

  it('listArticles reads them newest import first', async () => {
    const db = freshDb()
    await addArticle(db, article('a', { importedAt: '2026-01-01T00:00:00Z' }))
    await addArticle(db, article('bb', { importedAt: '2026-02-01T00:00:00Z' }))
    expect((await listArticles(db)).map((s) => s.id)).toEqual(['bb', 'a'])
  })
})

describe('article summaries: any sequence of writes', () => {
  const ARTICLES = ['a1', 'a2', 'a3']
  const RECORDS = ['r1', 'r2', 'r3', 'r4', 'r5']
  const articleId = fc.constantFrom(...ARTICLES, 'missing')
  const table = fc.constantFrom('annotations' as const, 'events' as const)
  const op = fc.oneof(
    fc.record({ kind: fc.constant('put-article' as const), id: fc.constantFrom(...ARTICLES) }),
    fc.record({ kind: fc.constant('delete-article' as const), id: fc.constantFrom(...ARTICLES) }),
    fc.record({
      kind: fc.constant('put' as const),
      table,
      ids: fc.uniqueArray(fc.constantFrom(...RECORDS), { minLength: 1, maxLength: 3 }),
      articleId
    }),
    fc.record({
      kind: fc.constant('delete' as const),
      table,
      ids: fc.uniqueArray(fc.constantFrom(...RECORDS), { minLength: 1, maxLength: 3 })
    }),
    fc.record({ kind: fc.constant('delete-of-article' as const), table, articleId }),
    fc.record({ kind: fc.constant('clear' as const), table }),
    fc.record({ kind: fc.constant('clear-articles' as const) })
  )

  it('leaves every summary equal to a fresh count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const db = freshDb()
        for (const o of ops) {
          if (o.kind === 'put-article') await db.articles.put(article(o.id))
          else if (o.kind === 'delete-article') await db.articles.delete(o.id)
          else if (o.kind === 'clear-articles') await db.articles.clear()
          else if (o.kind === 'put') {
            const make = o.table === 'annotations' ? makeAnnotation : makeEvent
            await db.table(o.table).bulkPut(o.ids.map((id) => make({ id, articleId: o.articleId })))
          } else if (o.kind === 'delete') await db.table(o.table).bulkDelete(o.ids)
          else if (o.kind === 'delete-of-article')
            await db.table(o.table).where('articleId').equals(o.articleId).delete()
          else await db.table(o.table).clear()
        }
        // An article put back after its records were written counts them when it comes back.
        await expectInStep(db)
        await db.delete()
      }),
      { numRuns: 40 }
    )
  })
})

describe(`database version ${ARTICLE_SUMMARIES_VERSION}`, () => {
  it('builds every summary from what an older database holds', async () => {
    const name = `summaries-upgrade-${n++}`
    const v4 = new Dexie(name)
    v001Initial(v4)
    v002ArticleRevisions(v4)
    v003NoteTemplates(v4)
    v004SourceFiles(v4)
    await v4.open()
    await v4.table('articles').bulkAdd([article('a'), article('bb'), article('ccc')])
    await v4
      .table('annotations')
      .bulkAdd([
        makeAnnotation({ id: 'n1', articleId: 'a' }),
        makeAnnotation({ id: 'n2', articleId: 'a' }),
        makeAnnotation({ id: 'n3', articleId: 'gone' })
      ])
    await v4.table('events').bulkAdd([makeEvent({ id: 'e1', articleId: 'bb' })])
    v4.close()

    const db = new WorkbenchDb(name)
    dbs.push(db)
    await db.open()
    expect(db.verno).toBe(ARTICLE_SUMMARIES_VERSION)
    expect(await counts(db, 'a')).toEqual([2, 0])
    expect(await counts(db, 'bb')).toEqual([0, 1])
    expect(await counts(db, 'ccc')).toEqual([0, 0])
    expect(await db.articleSummaries.get('a')).toEqual({
      id: 'a',
      title: article('a').title,
      source: article('a').source,
      publishedAt: article('a').publishedAt,
      importedAt: article('a').importedAt,
      format: article('a').format,
      annotationCount: 2,
      eventCount: 0
    })
    await expectInStep(db)
    // Untouched records: the tables hold what they held.
    expect((await readAllTables(db)).annotations.map((a) => a.id).sort()).toEqual([
      'n1',
      'n2',
      'n3'
    ])
  })
})
