import { useEffect } from 'react'
import { platform } from '../platform'
import { linkFromClick } from './link-from-click'
import { linkFromHash } from './link-from-hash'
import { useNavigation } from '../services/navigation'

/**
 * Opens workbench:// links once the database is ready: in the desktop app those the OS hands
 * over, in a browser tab one given as `#open=<encodeURIComponent(link)>` in the address (cleared
 * once read, so a reload does not jump again), and any workbench:// link clicked inside the
 * workbench itself (a link in a note or a comment), which the window would otherwise refuse to
 * navigate to.
 */
export function useDeepLinks(ready: boolean): void {
  const { openLink } = useNavigation()
  useEffect(() => {
    if (!ready) return
    const fromHash = (): void => {
      const link = linkFromHash(window.location.hash)
      if (link === null) return
      history.replaceState(history.state, '', window.location.pathname + window.location.search)
      void openLink(link)
    }
    const fromClick = (event: MouseEvent): void => {
      const link = linkFromClick(event)
      if (link === null) return
      event.preventDefault()
      void openLink(link)
    }
    fromHash()
    window.addEventListener('hashchange', fromHash)
    document.addEventListener('click', fromClick)
    const unsubscribe = platform.onOpenLink((link) => void openLink(link))
    return () => {
      window.removeEventListener('hashchange', fromHash)
      document.removeEventListener('click', fromClick)
      unsubscribe()
    }
  }, [ready, openLink])
}
