import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fail, ok } from '@shared/result'
import { NoticeProvider } from '../services/notices'
import { WorkbenchDb } from '../db/workbench-db'
import type { Platform } from '../platform/platform'
import { createChangeFeed } from '../db/change-feed'
import type { SnapshotFormat } from './snapshot-format'
import { StartupGate } from './StartupGate'
import { useStartupChoice } from './startup-choice'

const SNAPSHOT = {
  name: 'snapshot-20240307-090000-000.json',
  createdAt: '2024-03-07T09:00:00.000Z',
  bytes: 40
}
const TEXT = '{"articles":1,"annotations":1}'

/** The workbench behind the gate, saying whether it may add the sample article. */
function Workbench() {
  const { addSample } = useStartupChoice()
  return <h1>{addSample ? 'Workbench' : 'Workbench (no sample)'}</h1>
}

const unknownError = () =>
  Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), {
    name: 'UnknownError'
  })

const dbs: WorkbenchDb[] = []
let n = 0
afterEach(async () => {
  cleanup()
  for (const db of dbs.splice(0)) await db.delete()
})

function setup(options: { restoreFails?: boolean; db?: WorkbenchDb } = {}) {
  const db = options.db ?? new WorkbenchDb(`gate-${n++}`)
  if (!options.db) dbs.push(db)
  const changes = createChangeFeed(db)
  let requestListener: ((reason: 'quit' | 'change') => void) | null = null
  const platform = {
    kind: 'browser',
    listSnapshots: vi.fn(async () => ok([SNAPSHOT])),
    readSnapshot: vi.fn(async () => ok(new Blob([TEXT]))),
    writeSnapshot: vi.fn(async () => fail('io-error', 'not in this test')),
    skipSnapshot: vi.fn(async () => ok(undefined)),
    onSnapshotRequest: vi.fn((listener: (reason: 'quit' | 'change') => void) => {
      requestListener = listener
      return () => (requestListener = null)
    })
  } as unknown as Platform & Record<string, ReturnType<typeof vi.fn>>
  const format: SnapshotFormat = {
    createFile: async () => new Blob(['{}']),
    inspect: (text) => ok({ counts: JSON.parse(text) as Record<string, number> }),
    restore: vi.fn(async () =>
      options.restoreFails ? fail('invalid-payload', 'unknown format') : ok(undefined)
    )
  }
  const ui = (
    <NoticeProvider>
      <StartupGate db={db} changes={changes} platform={platform} format={format}>
        <Workbench />
      </StartupGate>
    </NoticeProvider>
  )
  return { db, platform, format, ui, askToQuit: () => requestListener?.('quit') }
}

describe('StartupGate', () => {
  it('opens the workbench straight away when the database holds work', async () => {
    const { db, ui, platform } = setup()
    await db.actors.add({ id: 'a', name: 'Kataib Hezbollah' } as never)
    render(ui)
    expect(await screen.findByRole('heading', { name: 'Workbench' })).toBeTruthy()
    expect(platform.listSnapshots).not.toHaveBeenCalled()
  })

  it('offers the latest good snapshot for an empty database, with its date and counts', async () => {
    const { ui, format, askToQuit, platform } = setup()
    render(ui)
    const restore = await screen.findByRole('button', { name: 'Restore this snapshot' })
    expect(screen.queryByRole('heading', { name: 'Workbench' })).toBeNull()
    expect(screen.getByTestId('snapshot-counts').textContent).toBe('1 article · 1 annotation')
    expect(screen.getByTestId('snapshot-date').getAttribute('datetime')).toBe(SNAPSHOT.createdAt)

    // Closing the app while the offer is open must not wait for a snapshot.
    askToQuit()
    expect(platform.skipSnapshot).toHaveBeenCalledWith({ reason: 'quit' })

    fireEvent.click(restore)
    expect(await screen.findByRole('heading', { name: 'Workbench' })).toBeTruthy()
    expect(format.restore).toHaveBeenCalledWith(TEXT)
  })

  it('starts empty without restoring when asked to', async () => {
    const { ui, format } = setup()
    render(ui)
    fireEvent.click(await screen.findByRole('button', { name: 'Start empty' }))
    expect(await screen.findByRole('heading', { name: 'Workbench' })).toBeTruthy()
    expect(format.restore).not.toHaveBeenCalled()
  })

  it('keeps the offer open with the reason when the restore fails', async () => {
    const { ui } = setup({ restoreFails: true })
    render(ui)
    fireEvent.click(await screen.findByRole('button', { name: 'Restore this snapshot' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The snapshot could not be restored: unknown format'
      )
    )
    expect(screen.queryByRole('heading', { name: 'Workbench' })).toBeNull()
  })

  it('takes Escape as “Not now”: nothing changes, no sample, and the offer comes back', async () => {
    const { db, ui, format } = setup()
    const { unmount } = render(ui)
    const offer = await screen.findByRole('dialog', { name: 'Restore your work?' })
    fireEvent(offer, new Event('cancel', { cancelable: true }))
    expect(await screen.findByRole('heading', { name: 'Workbench (no sample)' })).toBeTruthy()
    expect(format.restore).not.toHaveBeenCalled()
    unmount()

    // The next start finds the database as empty as before, so it offers the snapshot again.
    const again = setup({ db })
    render(again.ui)
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }))
    expect(await screen.findByRole('heading', { name: 'Workbench (no sample)' })).toBeTruthy()
    expect(await db.articles.count()).toBe(0)
  })

  it('lets the workbench add its sample once the analyst has chosen', async () => {
    for (const choice of ['Start empty', 'Restore this snapshot']) {
      const { ui } = setup()
      render(ui)
      fireEvent.click(await screen.findByRole('button', { name: choice }))
      expect(await screen.findByRole('heading', { name: 'Workbench' })).toBeTruthy()
      cleanup()
    }
  })

  it('writes no snapshot of the empty workbench while the offer is put off', async () => {
    const { db, ui, platform, askToQuit } = setup()
    render(ui)
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }))
    await screen.findByRole('heading', { name: 'Workbench (no sample)' })
    await db.settings.put({ key: 'labels', value: ['a'] })
    askToQuit()
    await waitFor(() => expect(platform.skipSnapshot).toHaveBeenCalledWith({ reason: 'quit' }))
    expect(platform.writeSnapshot).not.toHaveBeenCalled()

    // Real work is worth a snapshot again.
    await db.actors.add({ id: 'a', name: 'Kataib Hezbollah' } as never)
    askToQuit()
    await waitFor(() => expect(platform.writeSnapshot).toHaveBeenCalledTimes(1))
  })

  it('retries a database that failed to open, offering no deletion the first time', async () => {
    const { db, ui, platform } = setup()
    const open = vi.spyOn(db, 'open').mockRejectedValueOnce(unknownError())
    render(ui)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The browser could not open the database')
    expect(alert.textContent).toContain('Nothing has been changed or deleted.')
    expect(screen.queryByRole('button', { name: 'Start empty' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Restore this snapshot' })).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    // Opened this time: an empty database with a snapshot, offered as usual.
    expect(await screen.findByRole('dialog', { name: 'Restore your work?' })).toBeTruthy()
    expect(open).toHaveBeenCalledTimes(2)
    expect(platform.listSnapshots).toHaveBeenCalled()
  })

  it('offers to replace it only when opening fails again, saying that this deletes it', async () => {
    const { db, ui, format } = setup()
    vi.spyOn(db, 'open').mockRejectedValue(unknownError())
    const remove = vi.spyOn(db, 'delete')
    render(ui)
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }))
    const dialog = await screen.findByRole('dialog', { name: 'The database could not be opened' })
    expect(screen.getByTestId('damage-warning').textContent).toContain('delete the database')
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }))
    expect(await screen.findByRole('heading', { name: 'Workbench (no sample)' })).toBeTruthy()
    expect(remove).not.toHaveBeenCalled()
    expect(format.restore).not.toHaveBeenCalled()
    expect(dialog.isConnected).toBe(false)
  })
})
