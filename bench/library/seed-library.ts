import type { Page } from '@playwright/test'
import { buildArticleSummaries } from '@core/library/article-summaries'
import { generateLibrary } from './generate-library'

// The 10,000-article library written into a page's IndexedDB with raw puts, for the library
// bench and the keystroke profile alike.

export const frames = (page: Page, n = 2): Promise<void> =>
  page.evaluate(
    (k) =>
      new Promise<void>((resolve) => {
        const step = (left: number): void => {
          if (left === 0) resolve()
          else requestAnimationFrame(() => step(left - 1))
        }
        step(k)
      }),
    n
  )

export async function put(page: Page, store: string, values: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ store, values }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('analyst-workbench')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      try {
        const tx = db.transaction(store, 'readwrite')
        for (const v of values) tx.objectStore(store).put(v)
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve
          tx.onerror = () => reject(tx.error)
          tx.onabort = () => reject(tx.error)
        })
      } finally {
        db.close()
      }
    },
    { store, values }
  )
}

/** Writes the library (and its summaries when the build's database has that table) into `page`'s database. */
export async function seedLibrary(page: Page): Promise<void> {
  const library = generateLibrary()
  const chunk = 2000
  for (const [store, records] of [
    ['articles', library.articles],
    ['annotations', library.annotations],
    ['events', library.events]
  ] as const) {
    for (let i = 0; i < records.length; i += chunk)
      await put(page, store, records.slice(i, i + chunk))
    console.log(`seeded ${records.length.toLocaleString('en')} ${store}`)
  }
  await put(page, 'settings', [{ key: 'currentArticleId', value: 'art-0' }])
  // A baseline from after version 6 reads the library from the summaries its upgrade builds.
  const hasSummaries = await page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const req = indexedDB.open('analyst-workbench')
        req.onsuccess = () => {
          resolve(req.result.objectStoreNames.contains('articleSummaries'))
          req.result.close()
        }
        req.onerror = () => reject(req.error)
      })
  )
  if (hasSummaries) {
    const summaries = buildArticleSummaries(
      library.articles,
      library.annotations.map((a) => a.articleId),
      library.events.map((e) => e.articleId)
    )
    for (let i = 0; i < summaries.length; i += chunk)
      await put(page, 'articleSummaries', summaries.slice(i, i + chunk))
    console.log(`seeded ${summaries.length.toLocaleString('en')} article summaries`)
  }
}
