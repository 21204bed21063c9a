import { describe, expect, it, vi } from 'vitest'
import { createWorkbenchApi, type IpcRendererLike } from './create-workbench-api'

vi.mock('electron', () => ({}))

function fakeIpc() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const ipc = {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener)
    })
  }
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener(...args)
  }
  return { ipc, emit, asIpc: ipc as unknown as IpcRendererLike }
}

describe('createWorkbenchApi', () => {
  it('maps each method to its channel, without a payload where the contract has none', async () => {
    const { ipc, asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    await api.getInfo()
    await api.openArticleFile()
    await api.revealDataFolder()
    await api.setTheme('dark')
    const save = { suggestedName: 'a.md', filters: [], data: 'x' }
    await api.saveFile(save)
    await api.printPdf({ html: '<p>x</p>' })
    await api.writeSnapshot({ data: '{}', reason: 'quit' })
    await api.listSnapshots()
    await api.readSnapshot({ name: 'snapshot-20240101-000000-000.json' })
    await api.skipSnapshot({ reason: 'quit' })
    await api.openBackupFile()
    expect(ipc.invoke.mock.calls).toEqual([
      ['app:get-info'],
      ['article:open-file'],
      ['data:reveal-folder'],
      ['window:set-theme', 'dark'],
      ['export:save-file', save],
      ['export:print-pdf', { html: '<p>x</p>' }],
      ['snapshot:write', { data: '{}', reason: 'quit' }],
      ['snapshot:list'],
      ['snapshot:read', { name: 'snapshot-20240101-000000-000.json' }],
      ['snapshot:skip', { reason: 'quit' }],
      ['backup:open-file']
    ])
  })

  it('exposes only named functions, never ipcRenderer', () => {
    const { asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    expect(Object.keys(api).sort()).toEqual(
      [
        'getInfo',
        'listSnapshots',
        'onMenuCommand',
        'onSnapshotRequest',
        'onOpenLink',
        'onOpenFile',
        'openArticleFile',
        'printPdf',
        'readSnapshot',
        'openBackupFile',
        'revealDataFolder',
        'saveFile',
        'setTheme',
        'skipSnapshot',
        'writeSnapshot'
      ].sort()
    )
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(asIpc)
  })

  it('forwards menu commands without the IPC event, and unsubscribes', () => {
    const { emit, asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    const listener = vi.fn()
    const unsubscribe = api.onMenuCommand(listener)
    const event = { sender: 'ipcRenderer' }
    emit('menu:command', event, 'export')
    expect(listener).toHaveBeenCalledWith('export')
    expect(listener.mock.calls[0]).toHaveLength(1)
    unsubscribe()
    emit('menu:command', event, 'back-up')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('forwards snapshot requests without the IPC event, ignores junk, and unsubscribes', () => {
    const { emit, asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    const listener = vi.fn()
    const unsubscribe = api.onSnapshotRequest(listener)
    const event = { sender: 'ipcRenderer' }
    emit('snapshot:request', event, 'quit')
    emit('snapshot:request', event, { evil: true })
    expect(listener.mock.calls).toEqual([['quit']])
    unsubscribe()
    emit('snapshot:request', event, 'quit')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps links that arrive before anyone listens, then passes each new one on', () => {
    const { emit, asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    const event = { sender: 'ipcRenderer' }
    emit('app:open-link', event, 'workbench://article/a1#annotation=n1')
    const listener = vi.fn()
    const unsubscribe = api.onOpenLink(listener)
    expect(listener.mock.calls).toEqual([['workbench://article/a1#annotation=n1']])
    emit('app:open-link', event, 'workbench://article/a2')
    emit('app:open-link', event, { not: 'a link' })
    expect(listener.mock.calls).toEqual([
      ['workbench://article/a1#annotation=n1'],
      ['workbench://article/a2']
    ])
    unsubscribe()
    emit('app:open-link', event, 'workbench://article/a3')
    expect(listener).toHaveBeenCalledTimes(2)
    // Held for the next subscriber, delivered once.
    const later = vi.fn()
    api.onOpenLink(later)
    expect(later.mock.calls).toEqual([['workbench://article/a3']])
  })

  it('keeps a menu command that arrives before the workbench listens (a window opened for it)', () => {
    const { emit, asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    emit('menu:command', { sender: 'ipcRenderer' }, 'import-article')
    emit('menu:command', { sender: 'ipcRenderer' }, 42)
    const listener = vi.fn()
    api.onMenuCommand(listener)
    expect(listener.mock.calls).toEqual([['import-article']])
    emit('menu:command', { sender: 'ipcRenderer' }, 'export')
    expect(listener.mock.calls).toEqual([['import-article'], ['export']])
  })

  it('holds files from main until the workbench listens, and drops anything that is not one', () => {
    const { emit, asIpc } = fakeIpc()
    const api = createWorkbenchApi(asIpc)
    const event = { sender: 'ipcRenderer' }
    const bytes = new Uint8Array([65])
    emit('app:open-file', event, { fileName: 'a.txt', bytes })
    emit('app:open-file', event, { fileName: 'b.exe', error: 'b.exe is not an article file' })
    emit('app:open-file', event, { fileName: 'c.txt', bytes: 'not bytes' })
    emit('app:open-file', event, 'a string')
    const listener = vi.fn()
    api.onOpenFile(listener)
    expect(listener.mock.calls).toEqual([
      [{ fileName: 'a.txt', bytes }],
      [{ fileName: 'b.exe', error: 'b.exe is not an article file' }]
    ])
  })
})
