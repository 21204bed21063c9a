import { expect, test } from '../support/workbench'
import { cards, dragSelect } from '../support/reader'

const Q1 = 'The strikes killed several militia members'
const SEEDED = 150

/**
 * Adds `count` one-word annotations spread over the whole article, copies of the one annotation
 * already stored (so article id and text hash are right), straight into IndexedDB; the page is
 * reloaded afterwards to show them. Runs in the page.
 */
async function seedAnnotations(body: HTMLElement, count: number): Promise<void> {
  let text = ''
  for (const block of Array.from(body.querySelectorAll<HTMLElement>('[data-offset]')))
    text = text.padEnd(Number(block.dataset.offset), '\n') + block.textContent
  const words = Array.from(text.matchAll(/\S+/g))
  const step = Math.floor(words.length / count)
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('analyst-workbench')
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const store = (mode: IDBTransactionMode): IDBObjectStore =>
    db.transaction('annotations', mode).objectStore('annotations')
  const model = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const request = store('readonly').getAll()
    request.onsuccess = () => resolve(request.result[0])
    request.onerror = () => reject(request.error)
  })
  const anchor = model['anchor'] as { textHash: string }
  const selectors = model['selectors'] as { textHash: string }
  const writes = store('readwrite')
  for (let i = 0; i < count; i++) {
    const word = words[i * step]!
    const start = word.index
    const end = start + word[0].length
    const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString()
    writes.put({
      ...model,
      id: `seeded-${i}`,
      createdAt: at,
      updatedAt: at,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: word[0],
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32)
        },
        position: { type: 'TextPositionSelector', start, end },
        textHash: selectors.textHash
      },
      anchor: { start, end, status: 'exact', score: 1, textHash: anchor.textHash }
    })
  }
  await new Promise((resolve, reject) => {
    writes.transaction.oncomplete = resolve
    writes.transaction.onerror = () => reject(writes.transaction.error)
  })
  db.close()
}

test('a long annotation list renders only the cards in view; j/k, Delete and a clicked highlight reach the others', async ({
  workbench: { page }
}) => {
  await dragSelect(page, Q1)
  await page.keyboard.press('h')
  await expect(cards(page)).toHaveCount(1)
  await page.getByTestId('article-body').evaluate(seedAnnotations, SEEDED)
  await page.reload()
  const total = SEEDED + 1

  const byPosition = (n: number) => page.locator(`.annotation-card[aria-posinset="${n}"]`)
  await expect(byPosition(1)).toHaveAttribute('aria-setsize', String(total))
  expect(await cards(page).count()).toBeLessThan(40)
  await expect(byPosition(total)).toHaveCount(0)

  // k with no card current goes to the last card, which was not rendered.
  await page.keyboard.press('k')
  await expect(byPosition(total)).toBeFocused()
  await expect(byPosition(total)).toBeInViewport()
  await page.keyboard.press('k')
  await expect(byPosition(total - 1)).toBeFocused()
  await page.keyboard.press('j')
  await expect(byPosition(total)).toBeFocused()

  // Delete removes the focused card; the list's size follows.
  const deleted = await byPosition(total).getAttribute('data-annotation-id')
  await page.keyboard.press('Delete')
  await expect(page.locator(`[data-annotation-id="${deleted}"]`)).toHaveCount(0)
  await expect(byPosition(1)).toHaveCount(0) // still scrolled to the end of the list
  await expect(cards(page).first()).toHaveAttribute('aria-setsize', String(total - 1))

  // Clicking the first word's highlight focuses its card, far up the list and not rendered.
  const first = page.locator('[data-annotation-id="seeded-0"]')
  await expect(first).toHaveCount(0)
  const point = await page.getByTestId('article-body').evaluate((body) => {
    body.closest('.pane-content')!.scrollTop = 0
    const block = body.querySelector('[data-offset]')!
    const word = /\S+/.exec(block.textContent!)!
    const range = document.createRange()
    range.setStart(block.firstChild!, word.index + 1)
    range.setEnd(block.firstChild!, word.index + 2)
    const rect = range.getBoundingClientRect()
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  })
  await page.mouse.click(point.x, point.y)
  await expect(first).toBeFocused()
  await expect(first).toBeInViewport()
  await expect(first).toHaveAttribute('aria-current', 'true')
})
