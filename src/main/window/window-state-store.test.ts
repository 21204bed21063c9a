import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { WindowState } from './window-state'
import {
  loadWindowState,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
  type StatefulWindow
} from './window-state-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'window-state-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

describe('window state file', () => {
  it('round-trips through <dataDir>/window-state.json', () => {
    const state: WindowState = { x: 1, y: 2, width: 900, height: 700, isMaximized: false }
    saveWindowState(dir, state)
    expect(loadWindowState(dir)).toEqual(state)
  })

  it('treats a missing or corrupt file as no state', async () => {
    expect(loadWindowState(dir)).toBeNull()
    await writeFile(join(dir, WINDOW_STATE_FILE), '{oops')
    expect(loadWindowState(dir)).toBeNull()
  })

  it('leaves no temp files behind', async () => {
    saveWindowState(dir, { width: 900, height: 700, isMaximized: true })
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE])
    expect(JSON.parse(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({
      isMaximized: true
    })
  })
})

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>()
    const win = {
      bounds: { x: 10, y: 20, width: 1000, height: 800 },
      maximized: false,
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => win.bounds,
      isMaximized: () => win.maximized,
      isDestroyed: () => false
    }
    const fire = (event: string) => listeners.get(event)?.()
    return { win, fire, asWindow: win as unknown as StatefulWindow }
  }

  it('debounces saves while the window moves and saves at once on close', () => {
    vi.useFakeTimers()
    const { win, fire, asWindow } = fakeWindow()
    const save = vi.fn()
    trackWindowState(asWindow, save, 500)

    fire('resize')
    fire('move')
    win.bounds = { x: 30, y: 40, width: 1100, height: 850 }
    fire('move')
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(500)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenLastCalledWith({
      x: 30,
      y: 40,
      width: 1100,
      height: 850,
      isMaximized: false
    })

    win.maximized = true
    fire('maximize')
    fire('close')
    expect(save).toHaveBeenCalledTimes(2)
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ isMaximized: true }))
    vi.advanceTimersByTime(1000)
    expect(save).toHaveBeenCalledTimes(2)
  })
})
