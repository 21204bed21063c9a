import type { App } from 'electron'
import { DEEP_LINK_SCHEME } from '@core/export/deep-link'
import { linkFromArgv, type DeepLinkRouter } from './deep-link-router'

export type DeepLinkApp = Pick<App, 'isPackaged' | 'setAsDefaultProtocolClient'> & {
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown
}

/**
 * Routes workbench:// links to the router: macOS sends 'open-url' (also before 'ready', when the
 * link launched the app); Windows and Linux start the app with the link in argv, or pass it to
 * the running instance through 'second-instance'. Call before 'ready'.
 */
export function installDeepLinks(
  app: DeepLinkApp,
  router: DeepLinkRouter,
  argv: readonly string[]
): void {
  // Only an installed app claims the scheme: a development or test run registering itself would
  // take links away from the analyst's installed copy.
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
  app.on('open-url', (event, url) => {
    event.preventDefault()
    router.receive(url)
  })
  app.on('second-instance', (_event, secondArgv) => {
    const link = linkFromArgv(secondArgv)
    if (link) router.receive(link)
  })
  const first = linkFromArgv(argv)
  if (first) router.receive(first)
}
