import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { writeFileAtomicSync } from '../services/atomic-write'
import { parseWindowState, serializeWindowState, type WindowState } from './window-state'

export const WINDOW_STATE_FILE = 'window-state.json'

export function windowStatePath(dataDir: string): string {
  return join(dataDir, WINDOW_STATE_FILE)
}

/** The saved state, or null on first run or when the file is unreadable. */
export function loadWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(windowStatePath(dataDir), 'utf8'))
  } catch {
    return null
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  try {
    // Synchronous on purpose: the last save happens in 'close', and an async write could be
    // cut off by the process exiting right after. The file is a few dozen bytes.
    writeFileAtomicSync(windowStatePath(dataDir), serializeWindowState(state))
  } catch (error) {
    console.error('Could not save the window state:', error)
  }
}

export type StatefulWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'
>

export function captureWindowState(win: StatefulWindow): WindowState {
  // Normal bounds, not current ones: a maximised window should restore to its old size.
  const { x, y, width, height } = win.getNormalBounds()
  return { x, y, width, height, isMaximized: win.isMaximized() }
}

/** Saves the window's state after it settles (debounced) and once more when it closes. */
export function trackWindowState(
  win: StatefulWindow,
  save: (state: WindowState) => void,
  delayMs = 500
): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const saveNow = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (!win.isDestroyed()) save(captureWindowState(win))
  }
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(saveNow, delayMs)
  }
  win.on('resize', schedule)
  win.on('move', schedule)
  win.on('maximize', schedule)
  win.on('unmaximize', schedule)
  win.on('close', saveNow)
}
