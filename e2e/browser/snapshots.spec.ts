import type { Page } from '@playwright/test'
import { isSnapshotName, snapshotDate } from '@shared/snapshot-names'
import { card, dragSelect } from '../support/reader'
import { SAMPLE_TITLE, expect, test } from '../support/workbench'

const QUOTE = 'The strikes killed several militia members'

interface StoredSnapshot {
  name: string
  text: string
}

/**
 * The snapshots in the origin private file system, oldest first, read as the page sees them.
 * Other entries are left out: Chromium writes through a `.crswap` file next to the snapshot.
 */
async function storedSnapshots(page: Page): Promise<StoredSnapshot[]> {
  const listed = await page.evaluate(async () => {
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
  return listed.filter((entry) => isSnapshotName(entry.name))
}

/**
 * Annotates the sample, waits for a snapshot holding that, then empties the database; returns
 * the latest snapshot. The page is left on a page of the origin that does not run the workbench.
 */
async function snapshotThenEmpty(page: Page): Promise<StoredSnapshot> {
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
  return latest
}

test('an emptied database is offered back from the latest automatic snapshot', async ({
  launch
}) => {
  const { page } = await launch()
  const latest = await snapshotThenEmpty(page)

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

test('Escape puts the offer off until the next start; Restore from a snapshot… brings the work back later', async ({
  launch
}) => {
  const { page } = await launch()
  const latest = await snapshotThenEmpty(page)
  const snapshotsBefore = (await storedSnapshots(page)).map((s) => s.name)

  await page.goto('/')
  const offer = page.getByRole('dialog', { name: 'Restore your work?' })
  await expect(offer).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(offer).toBeHidden()
  // Not now: the workbench runs, but without the sample, so the database stays empty.
  const library = page.getByRole('complementary', { name: 'Article library' })
  await expect(library).toBeVisible()
  await expect(library.getByRole('button', { name: new RegExp(SAMPLE_TITLE) })).toHaveCount(0)

  // The next start asks again; the snapshots are all still there.
  await page.reload()
  await expect(offer).toBeVisible()
  await offer.getByRole('button', { name: 'Not now' }).click()
  await expect(offer).toBeHidden()
  expect((await storedSnapshots(page)).map((s) => s.name)).toEqual(snapshotsBefore)

  // The way back from inside the workbench: About › Restore from a snapshot…
  await page.getByRole('button', { name: 'About' }).click()
  await page
    .getByRole('dialog', { name: 'About Analyst Workbench' })
    .getByRole('button', { name: 'Restore from a snapshot…' })
    .click()
  const picker = page.getByRole('dialog', { name: 'Restore from a snapshot' })
  const newest = picker.getByRole('listitem').first().getByRole('button')
  await expect(newest.locator('time')).toHaveAttribute(
    'datetime',
    snapshotDate(latest.name)!.toISOString()
  )
  await expect(newest).toContainText('1 article · 1 annotation')
  await newest.click()

  const confirm = page.getByRole('dialog', { name: 'Restore from a snapshot' })
  await expect(confirm).toContainText(`${latest.name} was made on`)
  await expect(confirm.getByRole('row', { name: /^Annotations/ })).toHaveText(/Annotations\s*1\s*0/)
  await confirm.getByRole('button', { name: 'Replace everything with this backup' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    `from “${latest.name}”`
  )
  await library.getByRole('button', { name: new RegExp(SAMPLE_TITLE) }).click()
  await expect(card(page, QUOTE)).toBeVisible()

  // With the work back, the next start opens the workbench straight away.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  await expect(offer).toHaveCount(0)
})
