/**
 * How long a closing window waits for the renderer to hand over its final snapshot (its flush,
 * serialising up to 150 MB in a worker, and the IPC) before asking the analyst what to do.
 */
export const QUIT_SNAPSHOT_TIMEOUT_MS = 30_000

/** Once the snapshot is in the main process, how long its check and write may take. */
export const SNAPSHOT_WRITE_TIMEOUT_MS = 60_000

export interface GuardedWindow {
  on: (event: 'close', listener: (event: { preventDefault: () => void }) => void) => unknown
  isDestroyed: () => boolean
}

export interface CloseGuardOptions {
  /** Asks the renderer for a final snapshot; returns false when it cannot be asked (crashed). */
  requestSnapshot: () => boolean
  /** Closes for real once the snapshot is in (or the wait is over): win.close() or app.quit(). */
  proceed: () => void
  timeoutMs?: number
  writeTimeoutMs?: number
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  /**
   * Asked when the snapshot did not come in time: 'wait' waits as long again, 'close' closes
   * without it. Without it the window closes.
   */
  onTimeout?: () => Promise<'wait' | 'close'> | void
}

export interface CloseGuard {
  /** The renderer answered (snapshot written, failed or skipped): close now. */
  answered: () => void
  /** The snapshot reached the main process and is being written: wait for that, not the renderer. */
  writing: () => void
}

/**
 * Holds the window's first close until the renderer has written a final snapshot, so work done
 * in the last minutes is in a snapshot too. Never blocks closing for good: a renderer that
 * cannot be asked closes at once, one that does not answer closes after the timeout, and a
 * second close attempt while waiting just keeps waiting for the same answer.
 */
export function guardClose(win: GuardedWindow, options: CloseGuardOptions): CloseGuard {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>))
  let state: 'idle' | 'waiting' | 'released' = 'idle'
  let timer: unknown

  const release = (): void => {
    if (state !== 'waiting') return
    state = 'released'
    clearTimer(timer)
    if (!win.isDestroyed()) options.proceed()
  }

  win.on('close', (event) => {
    if (state === 'released') return
    event.preventDefault()
    if (state === 'waiting') return
    state = 'waiting'
    let asked = false
    try {
      asked = options.requestSnapshot()
    } catch {
      // A renderer that is gone cannot answer; closing must not depend on it.
    }
    if (!asked) {
      // Released from a fresh task: closing again from inside Electron's close event is ignored.
      timer = setTimer(release, 0)
      return
    }
    wait(options.timeoutMs ?? QUIT_SNAPSHOT_TIMEOUT_MS)
  })

  function wait(ms: number): void {
    clearTimer(timer)
    timer = setTimer(() => {
      const asked = options.onTimeout?.()
      if (!asked) return release()
      void asked.then(
        (choice) => (choice === 'wait' && state === 'waiting' ? wait(ms) : release()),
        release
      )
    }, ms)
  }

  return {
    answered: release,
    writing: () => {
      if (state === 'waiting') wait(options.writeTimeoutMs ?? SNAPSHOT_WRITE_TIMEOUT_MS)
    }
  }
}
