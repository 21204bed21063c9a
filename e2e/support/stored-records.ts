import type { Page } from '@playwright/test'

/** What IndexedDB holds in `store`, sorted by id: the records themselves, not what the UI shows. */
export function storedRecords<T>(page: Page, store: 'events' | 'actors' | 'notes' | 'noteRevisions' | 'annotations'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('analyst-workbench')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll()
          all.onsuccess = () => {
            open.result.close()
            resolve((all.result as (T & { id: string })[]).sort((a, b) => a.id.localeCompare(b.id)))
          }
        }
      }),
    store
  )
}
