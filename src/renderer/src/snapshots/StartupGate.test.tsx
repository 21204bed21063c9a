import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { fail, ok } from '../../../shared/result'
import { NoticeProvider } from '../app/notices'
import { WorkbenchDb } from '../db/workbench-db'
import type { Platform } from '../platform/platform'
import { createChangeFeed } from './change-feed'
import type { SnapshotFormat } from './snapshot-format'
import { StartupGate } from './StartupGate'

// jsdom has <dialog> but not its modal methods; the Dialog component needs these two.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

const SNAPSHOT = {
  name: 'snapshot-20240307-090000-000.json',
  createdAt: '2024-03-07T09:00:00.000Z',
  bytes: 40
}
const TEXT = '{"articles":1,"annotations":1}'

const dbs: WorkbenchDb[] = []
let n = 0
afterEach(async () => {
  cleanup()
  for (const db of dbs.splice(0)) await db.delete()
})

function setup(options: { work?: boolean; restoreFails?: boolean } = {}) {
  const db = new WorkbenchDb(`gate-${n++}`)
  dbs.push(db)
  const changes = createChangeFeed(db)
  let requestListener: (() => void) | null = null
  const platform = {
    kind: 'browser',
    listSnapshots: vi.fn(async () => ok([SNAPSHOT])),
    readSnapshot: vi.fn(async () => ok(TEXT)),
    writeSnapshot: vi.fn(async () => fail('io-error', 'not in this test')),
    skipSnapshot: vi.fn(async () => ok(undefined)),
    onSnapshotRequest: vi.fn((listener: () => void) => {
      requestListener = listener
      return () => (requestListener = null)
    })
  } as unknown as Platform & Record<string, ReturnType<typeof vi.fn>>
  const format: SnapshotFormat = {
    createText: async () => '{}',
    inspect: (text) => ok({ counts: JSON.parse(text) as Record<string, number> }),
    restore: vi.fn(async () =>
      options.restoreFails ? fail('invalid-payload', 'unknown format') : ok(undefined)
    )
  }
  const ui = (
    <NoticeProvider>
      <StartupGate db={db} changes={changes} platform={platform} format={format}>
        <h1>Workbench</h1>
      </StartupGate>
    </NoticeProvider>
  )
  return { db, platform, format, ui, askToQuit: () => requestListener?.() }
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
})
