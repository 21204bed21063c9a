import type { WebContents } from 'electron'
import { isSafeExternalUrl } from './is-safe-external-url'
import { originOf } from './origin-of'

export interface HardenOptions {
  /** The only origin the window may navigate within. */
  allowedOrigin: string
  /** shell.openExternal in production; injected so tests need no Electron. */
  openExternal: (url: string) => Promise<void>
}

export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Keeps a window on the workbench: no navigation away (an article link must never replace the
 * app with remote content that could reach the preload), no new windows, no <webview>.
 * http(s)/mailto links opened with target=_blank go to the user's browser instead.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  contents.on('will-navigate', (event) => {
    if (originOf(event.url) !== options.allowedOrigin) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      options.openExternal(url).catch((error: unknown) => {
        console.error(`Could not open ${url} externally:`, error)
      })
    }
    return { action: 'deny' }
  })
}
