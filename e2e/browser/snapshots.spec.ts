import type { Page } from '@playwright/test'
import { snapshotDate } from '../../src/shared/snapshot-names'
import { card, dragSelect } from '../support/reader'
import { SAMPLE_TITLE, expect, test } from '../support/workbench'

const QUOTE = 'The strikes killed several militia members'

interface StoredSnapshot {
  name: string
  text: string
}

/** The snapshots in the origin private file system, oldest first, read as the page sees them. */
function storedSnapshots(page: Page): Promise<StoredSnapshot[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory()
    let dir: FileSystemDirectoryHandle
    try {
      dir = await root.getDirectoryHandle('snapshots')
    } catch {
      return []
    }
    // The DOM typings in use lack the async-iterable half of FileSystemDirectoryHandle.
    const entries = (
      dir as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }
    ).entries()
    const found: { name: string; text: string }[] = []
    for await (const [name, handle] of entries) {
      if (handle.kind !== 'file') continue
      found.push({ name, text: await (await (handle as FileSystemFileHandle).getFile()).text() })
    }
    return found.sort((a, b) => (a.name < b.name ? -1 : 1))
  })
}

test('an emptied database is offered back from the latest automatic snapshot', async ({
  launch
}) => {
  const { page } = await launch()

  // First launch adds the sample article: that change alone is snapshotted within seconds.
  await expect.poll(async () => (await storedSnapshots(page)).length).toBeGreaterThan(0)

  // A fresh page session snapshots its first change after a few seconds' quiet (later ones at
  // most every five minutes), so reload before the change the test wants in a snapshot.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  const before = (await storedSnapshots(page)).length
  await dragSelect(page, QUOTE)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, QUOTE)).toBeVisible()
  // The quote is in the article itself, so wait for a new snapshot rather than for the text.
  await expect
    .poll(async () => (await storedSnapshots(page)).length, { timeout: 20_000 })
    .toBeGreaterThan(before)
  const latest = (await storedSnapshots(page)).at(-1)!

  // Empty the database from a page of the same origin that does not run the workbench, so no
  // open connection blocks the deletion.
  await page.goto('/no-workbench-here')
  const deleted = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('analyst-workbench')
        request.onsuccess = () => resolve('deleted')
        request.onerror = () => resolve(`error: ${String(request.error)}`)
        request.onblocked = () => resolve('blocked')
      })
  )
  expect(deleted).toBe('deleted')

  await page.goto('/')
  const offer = page.getByRole('dialog', { name: 'Restore your work?' })
  await expect(offer).toBeVisible()
  await expect(offer.getByTestId('snapshot-date')).toHaveAttribute(
    'datetime',
    snapshotDate(latest.name)!.toISOString()
  )
  await expect(offer.getByTestId('snapshot-counts')).toContainText('1 article')
  await expect(offer.getByTestId('snapshot-counts')).toContainText('1 annotation')
  // Nothing else ran behind the offer: the sample was not re-added to the emptied database.
  await expect(page.getByRole('complementary', { name: 'Article library' })).toHaveCount(0)

  await offer.getByRole('button', { name: 'Restore this snapshot' }).click()
  await expect(offer).toBeHidden()
  const library = page.getByRole('complementary', { name: 'Article library' })
  await library.getByRole('button', { name: new RegExp(SAMPLE_TITLE) }).click()
  await expect(card(page, QUOTE)).toBeVisible()
  await expect(library.getByRole('button', { name: new RegExp(SAMPLE_TITLE) })).toHaveCount(1)
})
