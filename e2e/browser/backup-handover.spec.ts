import type { Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { isSnapshotName, snapshotDate } from '@shared/snapshot-names'
import { expect, test } from '../support/workbench'
import { backUp, chooseBackup } from '../support/backup'
import { card, cards, dragSelect, highlightWithComment } from '../support/reader'

// Issue 16: a 140 MB restore froze the page because the page read the picked file into one
// string and copied it to the backup worker. The page now hands the worker the File itself
// (a handle); the worker reads, decodes and validates it. These specs watch the page's own
// reads of picked files (the worker's are its own, unseen here). Likewise a backup is made in
// the worker as a file (a Blob of its bytes) that the page only hands to the download.

const Q1 = 'The strikes killed several militia members'
const Q3 = 'Iran aims to protect its interests through them'
const COMMENT = 'Casualty figure is unconfirmed'

/**
 * Counts, on the page's thread only, every read of a file's content, by file name (the
 * snapshot written before a restore is read back on the page under its own name).
 */
function watchFileReads(): void {
  const counts: Record<string, number> = {}
  ;(window as unknown as { __fileReads: typeof counts }).__fileReads = counts
  for (const method of ['arrayBuffer', 'text', 'stream', 'bytes', 'slice'] as const) {
    const own = Blob.prototype[method as keyof Blob] as unknown
    if (typeof own !== 'function') continue
    Object.defineProperty(Blob.prototype, method, {
      configurable: true,
      writable: true,
      value: function (this: Blob, ...args: unknown[]) {
        if (this instanceof File) counts[this.name] = (counts[this.name] ?? 0) + 1
        return (own as (...a: unknown[]) => unknown).apply(this, args)
      }
    })
  }
  for (const method of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']) {
    const proto = FileReader.prototype as unknown as Record<string, (...a: unknown[]) => unknown>
    const own = proto[method]
    if (!own) continue
    proto[method] = function (this: FileReader, ...args: unknown[]) {
      if (args[0] instanceof File) counts[args[0].name] = (counts[args[0].name] ?? 0) + 1
      return own.apply(this, args)
    }
  }
}

const fileReads = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => (window as unknown as { __fileReads: Record<string, number> }).__fileReads)

test('the page hands the picked backup to the worker unread, and the restore still asks first', async ({
  workbench: { page }
}) => {
  await page.addInitScript(watchFileReads)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await highlightWithComment(page, Q1, COMMENT)
  const backup = await backUp(page)
  // A change after the backup, which the restore takes away.
  await dragSelect(page, Q3)
  await page.getByRole('button', { name: 'Highlight as Question' }).click()
  await expect(cards(page)).toHaveCount(2)

  await chooseBackup(page, backup)
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' })
  await expect(dialog.getByRole('row', { name: /^Annotations/ })).toHaveText(/Annotations\s*1\s*2/)
  await dialog.getByRole('button', { name: 'Replace everything with this backup' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    /Restored \d+ records from “analyst-workbench-backup-/
  )
  await expect(cards(page)).toHaveCount(1)
  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)
  // Read, decoded and checked in the worker: the page never read the file.
  const name = backup.split('/').pop()!
  expect((await fileReads(page))[name] ?? 0).toBe(0)
  // The watch itself sees a read on the page.
  await page.evaluate(() => new File(['{}'], 'probe.json').text())
  expect((await fileReads(page))['probe.json']).toBe(1)
})

test('a binary file named .json is refused in the worker with its reason, and nothing changes', async ({
  workbench: { page }
}) => {
  await highlightWithComment(page, Q1, COMMENT)
  const photo = test.info().outputPath('photo.json')
  // A PNG's signature and header: not UTF-8.
  writeFileSync(
    photo,
    Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489ff', 'hex')
  )

  await chooseBackup(page, photo)
  await expect(page.getByRole('alert')).toContainText(
    '“photo.json” was not restored; the workbench is unchanged. It is not a text file (it is not UTF-8), so it cannot be a workbench backup.'
  )
  await expect(page.getByRole('dialog', { name: 'Restore from backup' })).toHaveCount(0)
  await expect(cards(page)).toHaveCount(1)
  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)
})

/**
 * Records, on the page's thread only, every sign of it holding a backup's text: a message (from
 * a worker) carrying it as a string, a Blob made on the page from it, or a Blob read back on the
 * page. The worker's own work is in its own realm, unseen here.
 */
function watchBackupText(): void {
  const seen: string[] = []
  ;(window as unknown as { __backupText: string[] }).__backupText = seen
  const isBackup = (v: unknown): boolean =>
    typeof v === 'string' && v.includes('"format":"analyst-workbench-backup"')
  const data = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!
  Object.defineProperty(MessageEvent.prototype, 'data', {
    ...data,
    get(this: MessageEvent) {
      const value = data.get!.call(this) as unknown
      const inside = value && typeof value === 'object' ? Object.values(value) : []
      if (isBackup(value) || inside.some(isBackup)) seen.push('message carrying the text')
      return value
    }
  })
  // A Proxy keeps `instanceof Blob` true for every Blob, the worker's included.
  window.Blob = new Proxy(Blob, {
    construct(target, args: [BlobPart[]?, BlobPropertyBag?]) {
      if ((args[0] ?? []).some(isBackup)) seen.push('Blob made from the text')
      return Reflect.construct(target, args) as Blob
    }
  })
  for (const method of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
    const own = Blob.prototype[method as keyof Blob] as unknown
    if (typeof own !== 'function') continue
    Object.defineProperty(Blob.prototype, method, {
      configurable: true,
      writable: true,
      value: function (this: Blob, ...args: unknown[]) {
        // Stored snapshots included: they are read back and checked in a worker, not here.
        seen.push(`${this instanceof File ? 'File' : 'Blob'} ${method}()`)
        return (own as (...a: unknown[]) => unknown).apply(this, args)
      }
    })
  }
}

/** The automatic snapshots in the origin's private file system, by name. */
const snapshotNames = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory()
    const dir = await root.getDirectoryHandle('snapshots').catch(() => null)
    if (!dir) return []
    // The DOM typings in use lack the async-iterable half of FileSystemDirectoryHandle.
    const names: string[] = []
    for await (const name of (dir as unknown as { keys: () => AsyncIterable<string> }).keys())
      names.push(name)
    return names
  })

test('a backup and an automatic snapshot are made as files in the worker: the page never holds their text, and the download is the backup', async ({
  workbench: { page }
}) => {
  // It waits for the automatic snapshot of a change (a few seconds' quiet, then a write).
  test.slow()
  await page.addInitScript(watchBackupText)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const since = await page.evaluate(() => Date.now())
  await highlightWithComment(page, Q1, COMMENT)
  const seen = () =>
    page.evaluate(() => (window as unknown as { __backupText: string[] }).__backupText)
  // The automatic snapshot of that change: made in the worker, stored and checked unread.
  await expect
    .poll(
      async () =>
        (await snapshotNames(page)).some(
          (name) => isSnapshotName(name) && snapshotDate(name)!.getTime() >= since
        ),
      { timeout: 30_000 }
    )
    .toBe(true)
  expect(await seen()).toEqual([])

  const saved = await backUp(page)
  const backup = JSON.parse(readFileSync(saved, 'utf8')) as {
    format: string
    counts: Record<string, number>
    tables: { annotations: { commentText: string }[] }
  }
  expect(backup.format).toBe('analyst-workbench-backup')
  expect(backup.counts['annotations']).toBe(1)
  expect(backup.tables.annotations[0]?.commentText).toBe(COMMENT)
  expect(await seen()).toEqual([])
  // The watch itself sees the text on the page.
  await page.evaluate(() => new Blob(['{"format":"analyst-workbench-backup"}']))
  expect(await seen()).toEqual(['Blob made from the text'])
})
