import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() }
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: electron.ipcRenderer
}))

describe('preload', () => {
  it('exposes window.workbench built from named methods', async () => {
    await import('./index')
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1)
    const [key, api] = electron.exposeInMainWorld.mock.calls[0] as [string, object]
    expect(key).toBe('workbench')
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
    expect(Object.keys(api)).toContain('onMenuCommand')
  })
})
