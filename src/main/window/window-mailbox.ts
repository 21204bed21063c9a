import type { WebContents } from 'electron'
import type { IpcEventChannel, IpcEvents } from '@shared/ipc-contract'

/** The part of a BrowserWindow a message from outside is delivered to. */
export interface MailboxWindow {
  isDestroyed(): boolean
  webContents: Pick<WebContents, 'isLoading' | 'once' | 'send'>
}

export interface WindowMailbox<C extends IpcEventChannel> {
  /** Sends `message` on `channel` once the window's page has loaded; held while there is none. */
  post(message: IpcEvents[C]): void
  /** The window messages go to from now on; those held are delivered to it. */
  attach(win: MailboxWindow): void
  /** Whether a live window takes the messages. */
  hasWindow(): boolean
}

/**
 * What the OS hands the app (a link, a file) arrives at any time: before the window exists, while
 * its page loads, after it closed. This holds the last `maxPending` messages and sends them once
 * the window's page has loaded (the preload then keeps them until the workbench listens).
 */
export function createWindowMailbox<C extends IpcEventChannel>(
  channel: C,
  maxPending: number
): WindowMailbox<C> {
  let target: MailboxWindow | null = null
  let waiting = false
  const pending: IpcEvents[C][] = []

  const flush = (): void => {
    const win = target
    if (!win || win.isDestroyed() || pending.length === 0) return
    if (win.webContents.isLoading()) {
      if (!waiting) {
        waiting = true
        win.webContents.once('did-finish-load', () => {
          waiting = false
          flush()
        })
      }
      return
    }
    for (const message of pending.splice(0)) win.webContents.send(channel, message)
  }

  return {
    post(message) {
      pending.push(message)
      if (pending.length > maxPending) pending.shift()
      flush()
    },
    attach(win) {
      target = win
      waiting = false
      flush()
    },
    hasWindow: () => target !== null && !target.isDestroyed()
  }
}
