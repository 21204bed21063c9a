import { describe, expect, it, vi } from 'vitest'
import { ipcRequestSchemas, type IpcChannel } from '@shared/ipc-contract'
import { WorkbenchFailure } from './workbench-failure'
import {
  registerHandlers,
  type InvokeEventLike,
  type IpcHandlers,
  type IpcMainLike
} from './register-handlers'
import { createSenderCheck } from './trusted-sender'

// The module only needs Electron's types; the mock guarantees nothing loads the real package.
vi.mock('electron', () => ({}))

type Listener = (event: InvokeEventLike, payload?: unknown) => Promise<unknown>

function setup(overrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, Listener>()
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => registered.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => registered.delete(channel))
  }
  const handlers = {
    'app:get-info': vi.fn(() => ({
      appVersion: '1',
      electronVersion: '45',
      chromeVersion: '140',
      platform: 'linux',
      dataDir: '/d'
    })),
    'article:open-file': vi.fn(async () => null),
    'export:save-file': vi.fn(async () => ({ path: '/tmp/x.md' })),
    'export:print-pdf': vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    'backup:open-file': vi.fn(async () => null),
    'data:reveal-folder': vi.fn(async () => undefined),
    'window:set-theme': vi.fn(() => undefined),
    'snapshot:write': vi.fn(async () => ({
      name: SNAPSHOT,
      createdAt: '2024-03-07T09:00:00.000Z',
      bytes: 2,
      warning: null
    })),
    'snapshot:list': vi.fn(async () => []),
    'snapshot:read': vi.fn(async () => new TextEncoder().encode('{}')),
    'snapshot:skip': vi.fn(() => undefined),
    ...overrides
  } satisfies IpcHandlers
  const unregister = registerHandlers(
    ipcMain as unknown as IpcMainLike,
    handlers,
    createSenderCheck(['app://workbench'])
  )
  const call = (channel: IpcChannel, payload?: unknown, url: string | null = 'app://workbench/') =>
    registered.get(channel)!(
      { senderFrame: url === null ? null : { url } } as unknown as InvokeEventLike,
      payload
    )
  return { registered, handlers, call, unregister, ipcMain }
}

const channels = Object.keys(ipcRequestSchemas) as IpcChannel[]

describe('registerHandlers', () => {
  it('registers a handler for every channel in the contract', () => {
    const { registered } = setup()
    for (const channel of channels) expect(registered.has(channel), channel).toBe(true)
    expect(registered.size).toBe(channels.length)
  })

  it('unregisters every channel', () => {
    const { registered, unregister } = setup()
    unregister()
    expect(registered.size).toBe(0)
  })

  it('wraps results in the Result envelope', async () => {
    const { call } = setup()
    await expect(call('export:save-file', validSave)).resolves.toEqual({
      ok: true,
      value: { path: '/tmp/x.md' }
    })
    await expect(call('window:set-theme', 'dark')).resolves.toEqual({ ok: true, value: undefined })
  })

  it.each(channels)('%s rejects a foreign frame and a null frame', async (channel) => {
    const { call, handlers } = setup()
    for (const url of ['https://evil.example/page', 'file:///x/index.html', null]) {
      const result = await call(channel, payloadFor(channel), url)
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    }
    expect(handlers[channel]).not.toHaveBeenCalled()
  })

  it.each(channels)('%s accepts app://workbench', async (channel) => {
    const { call, handlers } = setup()
    const result = await call(channel, payloadFor(channel), 'app://workbench/index.html')
    expect(result).toMatchObject({ ok: true })
    expect(handlers[channel]).toHaveBeenCalledTimes(1)
  })

  it('takes a snapshot written before a restore, as well as on changes and on quitting', async () => {
    const { call, handlers } = setup()
    for (const reason of ['change', 'quit', 'before-restore']) {
      await expect(call('snapshot:write', { data: '{}', reason })).resolves.toMatchObject({
        ok: true
      })
    }
    // The renderer's backup worker makes the bytes; they arrive as bytes.
    await expect(
      call('snapshot:write', { data: new TextEncoder().encode('{}'), reason: 'change' })
    ).resolves.toMatchObject({ ok: true })
    expect(handlers['snapshot:write']).toHaveBeenCalledTimes(4)
  })

  it('gives invalid-payload with a readable message and never calls the handler', async () => {
    const { call, handlers } = setup()
    const bad: [IpcChannel, unknown][] = [
      ['window:set-theme', 'purple'],
      ['window:set-theme', undefined],
      ['export:print-pdf', { html: '' }],
      ['export:print-pdf', { html: 42 }],
      ['app:get-info', { sneaky: true }],
      ['export:save-file', { ...validSave, suggestedName: '../../etc/passwd' }],
      ['export:save-file', { ...validSave, data: 42 }],
      ['export:save-file', null],
      ['snapshot:read', { name: '../../window-state.json' }],
      ['snapshot:read', { name: 'snapshot-20240307-090000-000.json/../../x' }],
      ['snapshot:write', { data: '{}', reason: 'whenever' }],
      ['snapshot:write', { data: '', reason: 'change' }],
      ['snapshot:write', { data: new Uint8Array(0), reason: 'change' }],
      ['snapshot:write', { data: [123, 125], reason: 'change' }],
      ['snapshot:skip', { reason: 'change' }],
      ['snapshot:skip', { reason: 'before-restore' }]
    ]
    for (const [channel, payload] of bad) {
      const result = (await call(channel, payload)) as {
        ok: false
        error: { code: string; message: string }
      }
      expect(result.ok).toBe(false)
      expect(result.error.code).toBe('invalid-payload')
      expect(result.error.message).toContain(channel)
      expect(result.error.message.length).toBeGreaterThan(channel.length + 25)
    }
    for (const channel of channels) expect(handlers[channel]).not.toHaveBeenCalled()
  })

  it('turns a thrown Error into a plain internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { call } = setup({
      'app:get-info': () => {
        throw new TypeError('boom')
      }
    })
    const result = await call('app:get-info')
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } })
    expect(Object.getPrototypeOf((result as { error: object }).error)).toBe(Object.prototype)
  })

  it('turns fs errors into io-error and keeps WorkbenchFailure codes', async () => {
    const { call } = setup({
      'data:reveal-folder': async () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })
      },
      'article:open-file': async () => {
        throw new WorkbenchFailure('too-large', 'big.txt is 11 MB; the limit is 10 MB.')
      }
    })
    await expect(call('data:reveal-folder')).resolves.toEqual({
      ok: false,
      error: { code: 'io-error', message: 'the folder is read-only' }
    })
    await expect(call('article:open-file')).resolves.toEqual({
      ok: false,
      error: { code: 'too-large', message: 'big.txt is 11 MB; the limit is 10 MB.' }
    })
  })

  it('treats a frame that throws on access as untrusted', async () => {
    const { registered } = setup()
    const event = {
      get senderFrame(): never {
        throw new Error('frame disposed')
      }
    }
    const result = await registered.get('app:get-info')!(event as unknown as InvokeEventLike)
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })
})

const validSave = { suggestedName: 'brief.md', filters: [], data: '# Brief' }
const SNAPSHOT = 'snapshot-20240307-090000-000.json'

function payloadFor(channel: IpcChannel): unknown {
  if (channel === 'export:save-file') return validSave
  if (channel === 'window:set-theme') return 'light'
  if (channel === 'export:print-pdf') return { html: '<h1>Brief</h1>' }
  if (channel === 'snapshot:write') return { data: '{}', reason: 'change' }
  if (channel === 'snapshot:read') return { name: SNAPSHOT }
  if (channel === 'snapshot:skip') return { reason: 'quit' }
  return undefined
}
