import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BACKUP_TABLES,
  KNOWN_DATABASE_VERSION,
  createBackup,
  parseBackup,
  serializeBackup,
  type BackupTables
} from '@core/backup'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { fail, ok } from '@shared/result'
import { NoticeProvider } from '../services/notices'
import { dataEpoch, registerPendingWrites } from '../services/pending-writes'
import { undoStack } from '../services/undo'
import { formatDateTime } from '../ui/format-date'
import { NoticeArea } from '../ui/NoticeArea'
import { db } from '../db/db'
import type { SaveRequest, SnapshotRequest } from '../platform/platform'
import { useBackupActions } from './useBackupActions'

const platform = vi.hoisted(() => ({
  kind: 'browser' as 'browser' | 'electron',
  getInfo: vi.fn(),
  saveFile: vi.fn(),
  openBackupFile: vi.fn(),
  writeSnapshot: vi.fn(),
  listSnapshots: vi.fn(),
  readSnapshot: vi.fn()
}))
vi.mock('../platform', () => ({ platform }))

async function readAll(): Promise<BackupTables> {
  const lists = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()))
  return Object.fromEntries(
    BACKUP_TABLES.map((name, i) => [name, lists[i]])
  ) as unknown as BackupTables
}

const otherWorkbench = async (): Promise<void> => {
  const t = sampleBackupTables()
  await db.articles.add({ ...t.articles[1]!, id: 'art-now', title: 'Here before the restore' })
  await db.settings.add({ key: 'theme', value: 'light' })
}

const backupText = (): string =>
  serializeBackup(
    createBackup(sampleBackupTables(), {
      now: '2024-05-03T09:07:00.000Z',
      appVersion: '0.1.0',
      databaseVersion: KNOWN_DATABASE_VERSION
    })
  )

const onRestored = vi.fn()
/** A notice's message, without its dismiss button. */
const message = (notice: HTMLElement): string => notice.querySelector('span')?.textContent ?? ''

function Harness(): ReactNode {
  const { backUp, restoreFromFile, restoreFromSnapshot, dialogs, busy } =
    useBackupActions(onRestored)
  return (
    <>
      <span data-testid="restore-busy">{busy ? 'busy' : 'idle'}</span>
      <button type="button" onClick={() => void backUp()}>
        Test back up
      </button>
      <button type="button" onClick={() => void restoreFromFile()}>
        Test restore
      </button>
      <button type="button" onClick={restoreFromSnapshot}>
        Test snapshots
      </button>
      {dialogs}
      <NoticeArea />
    </>
  )
}

function renderHarness(): void {
  render(
    <NoticeProvider>
      <Harness />
    </NoticeProvider>
  )
}

beforeEach(() => {
  platform.getInfo.mockResolvedValue(ok({ appVersion: '0.1.0' }))
  platform.saveFile.mockImplementation(async (r: SaveRequest) =>
    ok({ path: `/home/a/${r.suggestedName}` })
  )
  platform.writeSnapshot.mockImplementation(async (r: SnapshotRequest) =>
    ok({
      name: SNAPSHOT_NAME,
      createdAt: '',
      bytes: (await fileText(r.data)).length,
      warning: null
    })
  )
})

const SNAPSHOT_NAME = 'snapshot-20240507-080000-000.json'
/** A snapshot as the page handed it to the platform: a Blob in a browser, bytes to main. */
const fileText = async (data: SnapshotRequest['data']): Promise<string> =>
  typeof data === 'string'
    ? data
    : data instanceof Uint8Array
      ? new TextDecoder().decode(data)
      : new TextDecoder().decode(await data.arrayBuffer())
/** The tables of the snapshot written before a restore (there is at most one per test). */
const snapshotTaken = async (): Promise<BackupTables | null> => {
  const request = platform.writeSnapshot.mock.calls[0]?.[0] as SnapshotRequest | undefined
  if (!request) return null
  expect(request.reason).toBe('before-restore')
  // Never text: the page hands on the backup worker's file unread.
  expect(typeof request.data).not.toBe('string')
  const parsed = parseBackup(await fileText(request.data))
  return parsed.ok ? parsed.value.tables : null
}
afterEach(async () => {
  cleanup()
  vi.clearAllMocks()
  platform.kind = 'browser'
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
})

/** Opens monday.json (the sample backup) through the restore action; its confirmation dialog. */
async function openMondayBackup(): Promise<HTMLElement> {
  platform.openBackupFile.mockResolvedValue(
    ok({ fileName: 'monday.json', data: new Blob([backupText()]) })
  )
  renderHarness()
  fireEvent.click(screen.getByRole('button', { name: 'Test restore' }))
  return screen.findByRole('dialog', { name: 'Restore from backup' })
}

describe('backUp', () => {
  it('saves every record as a dated JSON file and says how many', async () => {
    await db.transaction('rw', db.tables, async () => {
      const t = sampleBackupTables()
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(t[name])
    })
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test back up' }))
    expect(message(await screen.findByRole('status'))).toMatch(
      /^Backed up 16 records to analyst-workbench-backup-\d{4}-\d\d-\d\d-\d{4}\.json\.$/
    )
    const request = platform.saveFile.mock.calls[0]![0] as SaveRequest
    expect(request.filters).toEqual([{ name: 'Analyst Workbench backup', extensions: ['json'] }])
    // The platform is handed the file's bytes (made in a worker in the app), not its text.
    expect(request.data).toBeInstanceOf(Blob)
    const parsed = parseBackup(await (request.data as Blob).text())
    expect(parsed.ok && parsed.value.tables).toEqual(sampleBackupTables())
    expect(parsed.ok && parsed.value.appVersion).toBe('0.1.0')
  })

  it('hands the desktop app the UTF-8 bytes to send to main, not the text', async () => {
    platform.kind = 'electron'
    const tables = sampleBackupTables()
    tables.articles[0]!.title = 'Kata’ib Hezbollah — “Iraq”'
    await db.transaction('rw', db.tables, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name])
    })
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test back up' }))
    expect(message(await screen.findByRole('status'))).toMatch(/^Backed up 16 records/)
    const { data } = platform.saveFile.mock.calls[0]![0] as SaveRequest
    // Bytes (of Node's realm, which jsdom's Uint8Array is not): no Blob, no string.
    expect(ArrayBuffer.isView(data)).toBe(true)
    const parsed = parseBackup(new TextDecoder('utf-8', { fatal: true }).decode(data as Uint8Array))
    expect(parsed.ok && parsed.value.tables.articles[0]?.title).toBe('Kata’ib Hezbollah — “Iraq”')
  })

  it('says nothing when the save dialog is cancelled, and reports a failed save', async () => {
    platform.saveFile.mockResolvedValueOnce(ok(null))
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test back up' }))
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('status')).toBeNull()
    platform.saveFile.mockResolvedValueOnce({
      ok: false,
      error: { code: 'io-error', message: 'Could not write x.json: the disk is full.' }
    })
    fireEvent.click(screen.getByRole('button', { name: 'Test back up' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The backup was not saved: Could not write x.json: the disk is full.'
    )
  })
})

describe('restoreFromFile', () => {
  it('shows what the file holds, then replaces everything on confirmation', async () => {
    await otherWorkbench()
    undoStack.push({ label: 'old change', undo: async () => {}, redo: async () => {} })
    const dialog = await openMondayBackup()
    expect(dialog.textContent).toContain('monday.json was made on')
    expect(dialog.textContent).toContain('by Analyst Workbench 0.1.0')
    const row = (label: string) =>
      within(dialog).getByRole('row', { name: new RegExp(`^${label}`) })
    expect(row('Annotations').textContent).toBe('Annotations20')
    expect(row('Articles').textContent).toBe('Articles21')
    expect(row('Total').textContent).toBe('Total162')
    expect(within(dialog).getByRole('note').textContent).toContain(
      'replaces everything currently in the workbench'
    )
    expect(within(dialog).getByRole('note').textContent).toContain(
      'A snapshot of the current data is taken first'
    )
    // Focus starts on Cancel, so pressing Enter does not replace anything.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
    const before = await readAll()
    expect(before).not.toEqual(sampleBackupTables())

    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace everything with this backup' })
    )
    expect(message(await screen.findByRole('status'))).toMatch(
      /^Restored 16 records from “monday\.json”, backed up 3 May 2024, \d\d:\d\d\.$/
    )
    expect(await readAll()).toEqual(sampleBackupTables())
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onRestored).toHaveBeenCalledTimes(1)
    expect(undoStack.state().canUndo).toBe(false)
    // What was there before is in a snapshot, so the restore can be undone.
    expect(platform.writeSnapshot).toHaveBeenCalledTimes(1)
    expect(await snapshotTaken()).toEqual(before)
  })

  it('stores what is still being typed first, so the snapshot holds it and nothing lands after', async () => {
    await otherWorkbench()
    // A note's autosave holding back the last keystrokes, written when flushed.
    const unregister = registerPendingWrites(() =>
      db.settings.put({ key: 'typed-last', value: 'the last words typed' }).then(() => {})
    )
    const dialog = await openMondayBackup()
    expect(screen.getByTestId('restore-busy').textContent).toBe('busy')
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace everything with this backup' })
    )
    const epochBefore = dataEpoch()
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1))
    unregister()
    // Editors opened before the restore stop writing: their text is not the restored data's.
    expect(dataEpoch()).toBe(epochBefore + 1)
    expect((await snapshotTaken())?.settings).toContainEqual({
      key: 'typed-last',
      value: 'the last words typed'
    })
    expect(await readAll()).toEqual(sampleBackupTables())
    expect(screen.getByTestId('restore-busy').textContent).toBe('idle')
  })

  it('restores only after saying so when no snapshot of the current data can be taken', async () => {
    await otherWorkbench()
    const before = await readAll()
    platform.writeSnapshot.mockResolvedValue(fail('io-error', 'Not enough space for a snapshot.'))
    const dialog = await openMondayBackup()
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace everything with this backup' })
    )
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'No snapshot of the current data could be taken: Not enough space for a snapshot.'
    )
    expect(await readAll()).toEqual(before)
    expect(onRestored).not.toHaveBeenCalled()

    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace everything without a snapshot' })
    )
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1))
    expect(await readAll()).toEqual(sampleBackupTables())
    expect(platform.writeSnapshot).toHaveBeenCalledTimes(1)
  })

  it('takes no snapshot of a workbench without work', async () => {
    await db.settings.add({ key: 'theme', value: 'light' })
    const dialog = await openMondayBackup()
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace everything with this backup' })
    )
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1))
    expect(platform.writeSnapshot).not.toHaveBeenCalled()
  })

  it('changes nothing when cancelled', async () => {
    await otherWorkbench()
    const before = await readAll()
    const dialog = await openMondayBackup()
    const epochBefore = dataEpoch()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await readAll()).toEqual(before)
    expect(onRestored).not.toHaveBeenCalled()
    expect(dataEpoch()).toBe(epochBefore)
  })

  it('refuses a cut-off file with the reason, before asking, and changes nothing', async () => {
    await otherWorkbench()
    const before = await readAll()
    const text = backupText()
    platform.openBackupFile.mockResolvedValue(
      ok({ fileName: 'copy.json', data: new Blob([text.slice(0, text.length / 2)]) })
    )
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test restore' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“copy.json” was not restored; the workbench is unchanged. This backup ends early — the file was probably cut off while copying.'
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await readAll()).toEqual(before)
  })

  it('refuses a binary file with the reason, before asking, and changes nothing', async () => {
    await otherWorkbench()
    const before = await readAll()
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])
    platform.openBackupFile.mockResolvedValue(ok({ fileName: 'photo.json', data: png }))
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test restore' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      '“photo.json” was not restored; the workbench is unchanged. It is not a text file (it is not UTF-8), so it cannot be a workbench backup.'
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await readAll()).toEqual(before)
  })

  it('passes on what the platform refused, and is silent when the picker is cancelled', async () => {
    platform.openBackupFile.mockResolvedValueOnce(ok(null))
    renderHarness()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Test restore' }))
    })
    expect(screen.queryByRole('alert')).toBeNull()
    platform.openBackupFile.mockResolvedValueOnce({
      ok: false,
      error: { code: 'too-large', message: 'big.json: This file is 200 MB; …' }
    })
    fireEvent.click(screen.getByRole('button', { name: 'Test restore' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Nothing was restored. big.json: This file is 200 MB'
    )
  })
})

describe('restoreFromSnapshot', () => {
  const older = 'snapshot-20240506-170000-000.json'
  const snapshots = [
    { name: SNAPSHOT_NAME, createdAt: '2024-05-07T08:00:00.000Z', bytes: 2048 },
    { name: older, createdAt: '2024-05-06T17:00:00.000Z', bytes: 900 }
  ]

  it('lists the snapshots with what each holds, and restores the chosen one after asking', async () => {
    await otherWorkbench()
    const before = await readAll()
    platform.listSnapshots.mockResolvedValue(ok(snapshots))
    platform.readSnapshot.mockImplementation(async ({ name }: { name: string }) =>
      ok(new Blob([name === older ? '{"cut off' : backupText()]))
    )
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test snapshots' }))
    const picker = await screen.findByRole('dialog', { name: 'Restore from a snapshot' })
    const good = await within(picker).findByRole('button', {
      name: new RegExp(
        `^${formatDateTime(snapshots[0]!.createdAt)}, 2 KB: 2 articles · 2 annotations · 2 events`
      )
    })
    expect(good.textContent).toContain('2 KB')
    expect(good.querySelector('time')?.getAttribute('datetime')).toBe(snapshots[0]!.createdAt)
    const bad = await within(picker).findByRole('button', { name: /could not be read/ })
    expect((bad as HTMLButtonElement).disabled).toBe(true)

    fireEvent.click(good)
    const confirm = await screen.findByRole('dialog', { name: 'Restore from a snapshot' })
    expect(confirm.textContent).toContain(`${SNAPSHOT_NAME} was made on`)
    expect(within(confirm).getByRole('row', { name: /^Articles/ }).textContent).toBe('Articles21')
    expect(await readAll()).toEqual(before)
    fireEvent.click(
      within(confirm).getByRole('button', { name: 'Replace everything with this backup' })
    )
    expect(message(await screen.findByRole('status'))).toMatch(
      new RegExp(`^Restored 16 records from “${SNAPSHOT_NAME}”`)
    )
    expect(await readAll()).toEqual(sampleBackupTables())
    expect(await snapshotTaken()).toEqual(before)
  })

  it('says when there are no snapshots, or they cannot be listed', async () => {
    platform.listSnapshots.mockResolvedValueOnce(ok([]))
    renderHarness()
    fireEvent.click(screen.getByRole('button', { name: 'Test snapshots' }))
    const picker = await screen.findByRole('dialog', { name: 'Restore from a snapshot' })
    expect(await within(picker).findByText('There are no automatic snapshots yet.')).toBeTruthy()
    fireEvent.click(within(picker).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    platform.listSnapshots.mockResolvedValueOnce(
      fail('unsupported', 'This browser cannot keep automatic snapshots.')
    )
    fireEvent.click(screen.getByRole('button', { name: 'Test snapshots' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The snapshots could not be listed: This browser cannot keep automatic snapshots.'
    )
  })
})
