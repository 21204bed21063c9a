import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPrintDocuments } from '../protocol/print-documents'
import { describe, expect, it, vi } from 'vitest'
import { ipcRequestSchemas } from '@shared/ipc-contract'
import { fail, ok } from '@shared/result'
import { createHandlers, type HandlerDeps } from './create-handlers'

vi.mock('electron', () => ({}))

function deps(overrides: Partial<HandlerDeps> = {}) {
  const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark' }
  const base = {
    appVersion: '0.1.0',
    dataDir: '/data/wb',
    documentsDir: '/home/a/Documents',
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' }))
    },
    shell: { openPath: vi.fn(async () => '') },
    nativeTheme,
    getParentWindow: () => null,
    onThemeChanged: vi.fn(),
    createPdfWindow: vi.fn(() => {
      throw new Error('no window in this test')
    }),
    printDocuments: createPrintDocuments(),
    verifySnapshot: vi.fn((text: string) =>
      text.startsWith('{') ? ok(null) : fail('invalid-payload', 'not a backup')
    ),
    onQuitSnapshotAnswered: vi.fn(),
    now: () => new Date('2024-03-07T09:00:00.000Z'),
    ...overrides
  }
  return base as typeof base & HandlerDeps
}

describe('createHandlers', () => {
  it('has a handler for every contract channel', () => {
    const handlers = createHandlers(deps())
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(ipcRequestSchemas).sort())
  })

  it('reports app info including the data folder', async () => {
    const info = await createHandlers(deps())['app:get-info'](undefined)
    expect(info).toMatchObject({
      appVersion: '0.1.0',
      dataDir: '/data/wb',
      platform: process.platform
    })
  })

  it('sets the native theme and tells the menu', async () => {
    const d = deps()
    await createHandlers(d)['window:set-theme']('dark')
    expect(d.nativeTheme.themeSource).toBe('dark')
    expect(d.onThemeChanged).toHaveBeenCalledWith('dark')
  })

  it('reveals the data folder and reports a failure as io-error', async () => {
    const d = deps()
    await createHandlers(d)['data:reveal-folder'](undefined)
    expect(d.shell.openPath).toHaveBeenCalledWith('/data/wb')
    const failing = deps({ shell: { openPath: async () => 'No application' } })
    await expect(createHandlers(failing)['data:reveal-folder'](undefined)).rejects.toMatchObject({
      code: 'io-error'
    })
  })

  it('returns null when open or save dialogs are cancelled', async () => {
    const handlers = createHandlers(deps())
    await expect(handlers['article:open-file'](undefined)).resolves.toBeNull()
    await expect(handlers['backup:open-file'](undefined)).resolves.toBeNull()
    await expect(
      handlers['export:save-file']({ suggestedName: 'a.md', filters: [], data: 'x' })
    ).resolves.toBeNull()
  })

  it('opens the save dialog in Documents first', async () => {
    const d = deps()
    await createHandlers(d)['export:save-file']({ suggestedName: 'a.md', filters: [], data: 'x' })
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/a/Documents', 'a.md') })
    )
  })

  it('writes, lists and reads snapshots in <dataDir>/snapshots, verified by verifySnapshot', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'handlers-'))
    try {
      const d = deps({ dataDir })
      const handlers = createHandlers(d)
      const written = await handlers['snapshot:write']({ data: '{"a":1}', reason: 'change' })
      expect(written).toMatchObject({ name: 'snapshot-20240307-090000-000.json', bytes: 7 })
      expect(d.verifySnapshot).toHaveBeenCalledWith('{"a":1}')
      expect(await readdir(join(dataDir, 'snapshots'))).toEqual([written.name])
      await expect(handlers['snapshot:list'](undefined)).resolves.toEqual([
        { name: written.name, createdAt: written.createdAt, bytes: 7 }
      ])
      const read = await handlers['snapshot:read']({ name: written.name })
      expect(new TextDecoder().decode(read)).toBe('{"a":1}')
      await expect(
        handlers['snapshot:write']({ data: 'garbage', reason: 'change' })
      ).rejects.toMatchObject({ code: 'invalid-payload' })
      expect(d.onQuitSnapshotAnswered).not.toHaveBeenCalled()
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('tells the close guard once a quit snapshot is written, failed or skipped', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'handlers-'))
    try {
      const d = deps({ dataDir })
      const handlers = createHandlers(d)
      await handlers['snapshot:write']({ data: '{}', reason: 'quit' })
      expect(d.onQuitSnapshotAnswered).toHaveBeenCalledTimes(1)
      await expect(handlers['snapshot:write']({ data: 'bad', reason: 'quit' })).rejects.toThrow()
      expect(d.onQuitSnapshotAnswered).toHaveBeenCalledTimes(2)
      await handlers['snapshot:skip']({ reason: 'quit' })
      expect(d.onQuitSnapshotAnswered).toHaveBeenCalledTimes(3)
      // A snapshot before a restore is no answer to a close request.
      await handlers['snapshot:write']({ data: '{}', reason: 'before-restore' })
      expect(d.onQuitSnapshotAnswered).toHaveBeenCalledTimes(3)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('opens a backup through a dialog attached to the window, and returns its bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handlers-'))
    try {
      const path = join(dir, 'analyst-workbench-backup.json')
      await writeFile(path, '{"format":"analyst-workbench-backup"}')
      const parent = {} as never
      const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [path] }))
      const d = deps({
        getParentWindow: () => parent,
        dialog: { showOpenDialog, showSaveDialog: vi.fn() }
      })
      const opened = await createHandlers(d)['backup:open-file'](undefined)
      expect(opened?.fileName).toBe('analyst-workbench-backup.json')
      expect(new TextDecoder().decode(opened?.bytes)).toBe('{"format":"analyst-workbench-backup"}')
      expect(showOpenDialog).toHaveBeenCalledWith(
        parent,
        expect.objectContaining({ title: 'Restore from backup' })
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('opens each file dialog where that kind was last used, also after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'handlers-'))
    const dir = await mkdtemp(join(tmpdir(), 'reports-'))
    try {
      const path = join(dir, 'strike.txt')
      await writeFile(path, 'Strike report.')
      const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [path] }))
      const d = deps({ dataDir, dialog: { showOpenDialog, showSaveDialog: vi.fn() } })
      await createHandlers(d)['article:open-file'](undefined)
      expect(showOpenDialog).toHaveBeenLastCalledWith(
        expect.objectContaining({ title: 'Import article', defaultPath: '/home/a/Documents' })
      )
      // A new start of the app: the import dialog opens in the reports folder, the restore
      // dialog (never used) in Documents.
      const again = createHandlers(
        deps({ dataDir, dialog: { showOpenDialog, showSaveDialog: vi.fn() } })
      )
      await again['article:open-file'](undefined)
      expect(showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: dir }))
      showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
      await again['backup:open-file'](undefined)
      expect(showOpenDialog).toHaveBeenLastCalledWith(
        expect.objectContaining({ defaultPath: '/home/a/Documents' })
      )
    } finally {
      await rm(dataDir, { recursive: true, force: true })
      await rm(dir, { recursive: true, force: true })
    }
  })
})
