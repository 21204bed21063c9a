import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware
} from 'dexie'
import {
  COUNT_FIELD,
  countChanges,
  summaryOfArticle,
  withCountChange,
  type CountedTable
} from '@core/library/article-summaries'
import type { ArticleRecord } from '@shared/model/article'
import type { ArticleSummaryRecord } from '@shared/model/article-summary'

/** The derived table, and the tables whose changes it follows. */
export const SUMMARIES_TABLE = 'articleSummaries'
const FOLLOWED: ReadonlySet<string> = new Set(['articles', 'annotations', 'events'])

// DBCoreRangeType is a const enum, which isolated modules cannot read: Equal = 1, Any = 3.
const EQUAL = 1
const ANY = 3

/**
 * Transactions whose writer puts the summaries right itself (a restore rebuilds them from the
 * file in one go, which beats following 100,000 records one chunk at a time).
 */
const rebuiltByWriter = new WeakSet<object>()

/** Tells the middleware to leave the summaries alone in `trans`: its writer rebuilds them. */
export function summariesRebuiltByWriter(trans: IDBTransaction): void {
  rebuiltByWriter.add(trans)
}

/**
 * Keeps `articleSummaries` in step with every write to articles, annotations and events,
 * whichever command (or restore, undo, sample) makes it, in the same transaction: a DBCore
 * middleware sees every add, put and delete, so no command can forget. Read-write transactions
 * over a followed table get the summaries table added to their scope (and, over articles, the
 * annotations and events a new article's counts are read from).
 *
 * Upgrades (versionchange transactions) are left alone: the summaries table may not exist yet
 * in an earlier version's step, and version 5's upgrade builds every summary from scratch. A
 * later version whose upgrade adds, deletes or moves annotations or events must rebuild them.
 */
export const articleSummariesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'article-summaries',
  create: (down: DBCore): DBCore => {
    const hasSummaries = down.schema.tables.some((t) => t.name === SUMMARIES_TABLE)
    if (!hasSummaries) return down
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some((s) => FOLLOWED.has(s))
            ? [...new Set([...stores, ...scopeAdded(stores)])]
            : stores,
          mode,
          options
        ),
      table: (name: string): DBCoreTable => {
        const table = down.table(name)
        if (!FOLLOWED.has(name)) return table
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
            const trans = req.trans as DBCoreTransaction & Partial<IDBTransaction>
            if (trans.mode === 'versionchange' || rebuiltByWriter.has(trans)) {
              return table.mutate(req)
            }
            const summaries = down.table(SUMMARIES_TABLE)
            return name === 'articles'
              ? followArticles(down, table, summaries, req)
              : followCounted(table, summaries, name as CountedTable, req)
          }
        }
      }
    }
  }
}

/**
 * What a read-write transaction over `stores` needs besides: the summaries, and for a written
 * article the annotations and events it is counted from.
 */
const scopeAdded = (stores: readonly string[]): string[] =>
  stores.includes('articles') ? [SUMMARIES_TABLE, 'annotations', 'events'] : [SUMMARIES_TABLE]

/** Positions of a bulk request that succeeded. */
const succeeded = (res: DBCoreMutateResponse, n: number): number[] =>
  Array.from({ length: n }, (_, i) => i).filter((i) => !(i in (res.failures ?? {})))

const keysOf = (req: DBCoreMutateRequest & { type: 'add' | 'put' }): unknown[] =>
  req.keys ? [...req.keys] : req.values.map((v) => (v as { id: unknown }).id)

async function followArticles(
  down: DBCore,
  articles: DBCoreTable,
  summaries: DBCoreTable,
  req: DBCoreMutateRequest
): Promise<DBCoreMutateResponse> {
  const trans = req.trans
  if (req.type === 'delete' || req.type === 'deleteRange') {
    const res = await articles.mutate(req)
    await summaries.mutate(
      req.type === 'delete'
        ? { type: 'delete', trans, keys: req.keys }
        : { type: 'deleteRange', trans, range: req.range }
    )
    return res
  }
  const keys = keysOf(req)
  const before = (await summaries.getMany({ trans, keys })) as (ArticleSummaryRecord | undefined)[]
  const res = await articles.mutate(req)
  const next: ArticleSummaryRecord[] = []
  for (const i of succeeded(res, req.values.length)) {
    const article = req.values[i] as ArticleRecord
    const kept = before[i]
    // A new article (or one put back by undo) may already have annotations and events.
    const counts = kept ?? {
      annotationCount: await countOf(down, 'annotations', article.id, trans),
      eventCount: await countOf(down, 'events', article.id, trans)
    }
    next.push(summaryOfArticle(article, counts))
  }
  if (next.length > 0) await summaries.mutate({ type: 'put', trans, values: next })
  return res
}

async function countOf(
  down: DBCore,
  name: CountedTable,
  articleId: string,
  trans: DBCoreTransaction
): Promise<number> {
  const table = down.table(name)
  const index = table.schema.getIndexByKeyPath('articleId')
  if (!index) throw new Error(`the ${name} table has no articleId index`)
  return table.count({
    trans,
    query: { index, range: { type: EQUAL, lower: articleId, upper: articleId } }
  })
}

async function followCounted(
  table: DBCoreTable,
  summaries: DBCoreTable,
  name: CountedTable,
  req: DBCoreMutateRequest
): Promise<DBCoreMutateResponse> {
  const trans = req.trans
  if (req.type === 'deleteRange' && req.range.type === ANY) {
    // Clearing the table: every count of it is 0 (read the small summaries, not every record).
    const res = await table.mutate(req)
    const all = await summaries.query({
      trans,
      values: true,
      query: { index: summaries.schema.primaryKey, range: req.range }
    })
    const field = COUNT_FIELD[name]
    const cleared = (all.result as ArticleSummaryRecord[])
      .filter((s) => s[field] !== 0)
      .map((s) => ({ ...s, [field]: 0 }))
    if (cleared.length > 0) await summaries.mutate({ type: 'put', trans, values: cleared })
    return res
  }

  let before: unknown[]
  if (req.type === 'add') before = []
  else if (req.type === 'deleteRange') {
    before = (
      await table.query({
        trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range }
      })
    ).result
  } else {
    before = await table.getMany({ trans, keys: req.type === 'delete' ? req.keys : keysOf(req) })
  }
  const res = await table.mutate(req)

  let changes: Map<string, number>
  if (req.type === 'deleteRange') changes = countChanges(before, [])
  else {
    const ok = succeeded(res, req.type === 'delete' ? req.keys.length : req.values.length)
    const after = req.type === 'delete' ? [] : req.values
    changes = countChanges(
      ok.map((i) => before[i]),
      ok.map((i) => after[i])
    )
  }
  if (changes.size === 0) return res
  const keys = [...changes.keys()]
  const found = (await summaries.getMany({ trans, keys })) as (ArticleSummaryRecord | undefined)[]
  // A record of an article that does not exist has no summary to count it in.
  const next = found.flatMap((s, i) =>
    s ? [withCountChange(s, name, changes.get(keys[i]!)!)] : []
  )
  if (next.length > 0) await summaries.mutate({ type: 'put', trans, values: next })
  return res
}
