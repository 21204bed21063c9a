import { describe, expect, it, vi } from 'vitest'
import {
  guardClose,
  QUIT_SNAPSHOT_TIMEOUT_MS,
  SNAPSHOT_WRITE_TIMEOUT_MS,
  type CloseGuardOptions
} from './close-guard'

/** A window whose close event can be prevented, like Electron's, and fake timers to drive it. */
function setup(overrides: Partial<CloseGuardOptions> = {}) {
  const listeners: ((event: { preventDefault: () => void }) => void)[] = []
  let destroyed = false
  const timers = new Map<number, { callback: () => void; ms: number }>()
  let nextTimer = 1
  const win = {
    on: (_event: 'close', listener: (event: { preventDefault: () => void }) => void) =>
      listeners.push(listener),
    isDestroyed: () => destroyed,
    /** Emits 'close'; true when a listener prevented it (the window stays open). */
    tryClose(): boolean {
      let prevented = false
      for (const l of listeners) l({ preventDefault: () => (prevented = true) })
      if (!prevented) destroyed = true
      return prevented
    }
  }
  const options = {
    requestSnapshot: vi.fn(() => true),
    proceed: vi.fn(() => win.tryClose()),
    onTimeout: vi.fn(),
    setTimer: (callback: () => void, ms: number) => {
      timers.set(nextTimer, { callback, ms })
      return nextTimer++
    },
    clearTimer: (handle: unknown) => timers.delete(handle as number),
    ...overrides
  }
  const guard = guardClose(win, options)
  const runTimers = () => {
    for (const [id, t] of [...timers]) {
      timers.delete(id)
      t.callback()
    }
  }
  return { win, guard, options, timers, runTimers, isDestroyed: () => destroyed }
}

describe('guardClose', () => {
  it('holds the first close, asks for a snapshot and closes once it is answered', () => {
    const { win, guard, options, isDestroyed, timers } = setup()
    expect(win.tryClose()).toBe(true)
    expect(options.requestSnapshot).toHaveBeenCalledTimes(1)
    expect(isDestroyed()).toBe(false)
    guard.answered()
    expect(options.proceed).toHaveBeenCalledTimes(1)
    expect(isDestroyed()).toBe(true)
    expect(timers.size).toBe(0)
  })

  it('closes after the timeout when the renderer never answers', () => {
    const { win, options, timers, runTimers, isDestroyed } = setup()
    win.tryClose()
    expect([...timers.values()].map((t) => t.ms)).toEqual([QUIT_SNAPSHOT_TIMEOUT_MS])
    runTimers()
    expect(options.onTimeout).toHaveBeenCalledTimes(1)
    expect(isDestroyed()).toBe(true)
  })

  it('asks only once when the user clicks close again while waiting', () => {
    const { win, guard, options } = setup()
    win.tryClose()
    expect(win.tryClose()).toBe(true)
    expect(options.requestSnapshot).toHaveBeenCalledTimes(1)
    guard.answered()
    guard.answered()
    expect(options.proceed).toHaveBeenCalledTimes(1)
  })

  it('closes without waiting when the renderer cannot be asked', () => {
    for (const requestSnapshot of [
      () => false,
      () => {
        throw new Error('Render frame was disposed')
      }
    ]) {
      const { win, timers, runTimers, isDestroyed, options } = setup({ requestSnapshot })
      win.tryClose()
      expect([...timers.values()].map((t) => t.ms)).toEqual([0])
      runTimers()
      expect(isDestroyed()).toBe(true)
      expect(options.onTimeout).not.toHaveBeenCalled()
    }
  })

  it('ignores an answer nobody asked for', () => {
    const { guard, options, isDestroyed } = setup()
    guard.answered()
    expect(options.proceed).not.toHaveBeenCalled()
    expect(isDestroyed()).toBe(false)
  })

  it('does not touch a window destroyed while waiting', () => {
    const { win, guard, options } = setup()
    win.tryClose()
    vi.spyOn(win, 'isDestroyed').mockReturnValue(true)
    guard.answered()
    expect(options.proceed).not.toHaveBeenCalled()
  })

  it('once the snapshot is being written, waits for the write, not the renderer', () => {
    const { win, guard, timers, isDestroyed } = setup()
    win.tryClose()
    guard.writing()
    expect([...timers.values()].map((t) => t.ms)).toEqual([SNAPSHOT_WRITE_TIMEOUT_MS])
    guard.answered()
    expect(isDestroyed()).toBe(true)
  })

  it('asks the analyst when the snapshot is late: waits again, or closes without it', async () => {
    const answers: ('wait' | 'close')[] = ['wait', 'close']
    const onTimeout = vi.fn(() => Promise.resolve(answers.shift()!))
    const { win, timers, runTimers, isDestroyed } = setup({ onTimeout })
    win.tryClose()
    runTimers()
    await vi.waitFor(() => expect(timers.size).toBe(1))
    expect(isDestroyed()).toBe(false)
    runTimers()
    await vi.waitFor(() => expect(isDestroyed()).toBe(true))
    expect(onTimeout).toHaveBeenCalledTimes(2)
  })
})
