import { DEEP_LINK_SCHEME, deepLinkFor, parseDeepLink } from '@core/export/deep-link'
import { createWindowMailbox, type MailboxWindow } from '../window/window-mailbox'

/** The part of a BrowserWindow a link is shown in. */
export type LinkWindow = MailboxWindow

export interface DeepLinkRouter {
  /** Takes a link from the OS; anything that is not exactly a workbench link is refused (false). */
  receive(raw: string): boolean
  /** The window links go to from now on; links received before it existed are delivered to it. */
  attach(win: LinkWindow): void
}

// A few links clicked while the app starts are kept; more than that is not a person clicking.
const MAX_PENDING = 5

/**
 * Validates links from the OS and hands them to the renderer once its page has loaded (the
 * preload keeps them until the page subscribes). Links only ever leave here re-written from
 * their parsed form, so the renderer never sees the raw string an outside program chose.
 */
export function createDeepLinkRouter(
  options: {
    /** Called when a link arrives and no window is open (on macOS the app outlives its windows). */
    onNoWindow?: () => void
  } = {}
): DeepLinkRouter {
  const mailbox = createWindowMailbox('app:open-link', MAX_PENDING)
  return {
    receive(raw) {
      const parsed = parseDeepLink(raw.replace(/\/$/, ''))
      if (!parsed) return false
      if (!mailbox.hasWindow()) options.onNoWindow?.()
      mailbox.post(deepLinkFor(parsed))
      return true
    },
    attach: (win) => mailbox.attach(win)
  }
}

/** The workbench link among command-line arguments (Windows and Linux pass the clicked link so). */
export function linkFromArgv(argv: readonly string[]): string | null {
  const prefix = `${DEEP_LINK_SCHEME}:`
  return argv.find((arg) => arg.toLowerCase().startsWith(prefix)) ?? null
}
