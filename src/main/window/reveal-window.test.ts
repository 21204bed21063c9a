import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { goneReason, revealWindow, SHOW_ANYWAY_MS } from './reveal-window'

function fakeWindow() {
  const win = Object.assign(new EventEmitter(), {
    show: vi.fn(),
    isDestroyed: () => false,
    webContents: Object.assign(new EventEmitter(), { reload: vi.fn() })
  })
  return win
}

let answer = 0
const deps = {
  showMessageBox: vi.fn((_win: unknown, _box: unknown) => Promise.resolve({ response: answer })),
  quit: vi.fn()
}
beforeEach(() => {
  vi.useFakeTimers()
  vi.clearAllMocks()
  answer = 0
})
afterEach(() => vi.useRealTimers())

const reveal = () => {
  const win = fakeWindow()
  revealWindow(win as unknown as BrowserWindow, deps)
  return win
}

describe('revealWindow', () => {
  it('shows the window on its first frame, once', () => {
    const win = reveal()
    expect(win.show).not.toHaveBeenCalled()
    win.emit('ready-to-show')
    vi.advanceTimersByTime(SHOW_ANYWAY_MS)
    expect(win.show).toHaveBeenCalledTimes(1)
  })

  it('shows it when the page process dies before its first frame, and offers Reload', async () => {
    const win = reveal()
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(win.show).toHaveBeenCalledTimes(1)
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        message: 'The workbench page stopped.',
        detail: 'It crashed. Reloading opens the workbench again with everything that was saved.',
        buttons: ['Reload', 'Quit']
      })
    )
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled())
    expect(deps.quit).not.toHaveBeenCalled()
  })

  it('quits when Quit is chosen, and says nothing for a clean exit', async () => {
    answer = 1
    const win = reveal()
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(deps.showMessageBox).not.toHaveBeenCalled()
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalled())
    expect(deps.showMessageBox.mock.calls[0]![1]).toMatchObject({
      detail: expect.stringMatching(/^It ran out of memory\./)
    })
  })

  it('shows it when the page fails to load, or after a while without a frame', () => {
    const failed = reveal()
    failed.webContents.emit(
      'did-fail-load',
      {},
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://workbench/',
      false
    )
    expect(failed.show).not.toHaveBeenCalled()
    failed.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://workbench/', true)
    expect(failed.show).toHaveBeenCalledTimes(1)
    const silent = reveal()
    vi.advanceTimersByTime(SHOW_ANYWAY_MS - 1)
    expect(silent.show).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(silent.show).toHaveBeenCalledTimes(1)
  })
})

describe('goneReason', () => {
  it('says why the page stopped in the analyst’s words, not "crashed" for everything', () => {
    expect(goneReason('oom')).toBe('It ran out of memory')
    expect(goneReason('memory-eviction')).toBe('The system ended it to free memory')
    expect(goneReason('crashed')).toBe('It crashed')
  })
})
