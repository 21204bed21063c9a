import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import { parseDeepLink } from '@core/export/deep-link'
import { setSetting } from '../db/commands/set-setting'
import { db } from '../db/db'
import { useNotices } from './notices'
import {
  resolveNavTarget,
  targetOfLink,
  type NavTarget,
  type ResolvedTarget
} from './resolve-nav-target'

export type { NavTarget, ResolvedTarget } from './resolve-nav-target'

/** A target being shown: the panes it concerns act on it, and the one that shows it fulfils it. */
export interface NavRequest {
  target: ResolvedTarget
  nonce: number
}

interface Navigation {
  request: NavRequest | null
  /** Opens the target's article and asks the panes to show it; false when it does not exist. */
  navigateTo: (target: NavTarget) => Promise<boolean>
  /** Opens a workbench:// link; a malformed one or one to nothing gives a notice. */
  openLink: (link: string) => Promise<boolean>
  /** Called by the pane that has shown (focused, scrolled to) the requested item. */
  fulfil: (nonce: number) => void
}

// Long enough for a large article to load and paint; a request still open then was not shown.
const GIVE_UP_MS = 8000

const Context = createContext<Navigation | null>(null)

/** "Jump to item" for the whole window: the palette, deep links and anything else that navigates. */
export function NavigationProvider({ children }: { children: ReactNode }): ReactNode {
  const { notify } = useNotices()
  const [request, setRequest] = useState<NavRequest | null>(null)
  const nonce = useRef(0)

  const navigateTo = useCallback(
    async (target: NavTarget): Promise<boolean> => {
      try {
        const { target: found, problem } = await resolveNavTarget(db, target)
        if (problem) notify('warning', problem)
        if (!found) return false
        if (found.articleId) await setSetting(db, 'currentArticleId', found.articleId)
        setRequest({ target: found, nonce: ++nonce.current })
        return true
      } catch (err) {
        notify(
          'error',
          `That could not be opened: ${err instanceof Error ? err.message : String(err)}`
        )
        return false
      }
    },
    [notify]
  )

  const openLink = useCallback(
    (link: string): Promise<boolean> => {
      const parsed = parseDeepLink(link)
      if (parsed) return navigateTo(targetOfLink(parsed))
      const shown = link.length > 60 ? `${link.slice(0, 60)}…` : link
      notify('warning', `“${shown}” is not a link to a passage in the workbench.`)
      return Promise.resolve(false)
    },
    [navigateTo, notify]
  )

  const fulfil = useCallback(
    (done: number) => setRequest((r) => (r?.nonce === done ? null : r)),
    []
  )

  useEffect(() => {
    if (!request) return
    const timer = window.setTimeout(() => {
      setRequest((r) => (r === request ? null : r))
      notify('warning', 'The workbench could not show that item.')
    }, GIVE_UP_MS)
    return () => window.clearTimeout(timer)
  }, [request, notify])

  const value = useMemo(
    () => ({ request, navigateTo, openLink, fulfil }),
    [request, navigateTo, openLink, fulfil]
  )
  return <Context.Provider value={value}>{children}</Context.Provider>
}

/** The window's navigation. */
export function useNavigation(): Navigation {
  const nav = useContext(Context)
  if (!nav) throw new Error('useNavigation outside NavigationProvider')
  return nav
}

/**
 * Waits for an element to be rendered: a row of a virtualised table appears only after the table
 * has scrolled to it. Bounded by time, not frames: on a loaded machine a new table can take more
 * than a few dozen frames to mount, measure and draw its rows, and focus then went elsewhere.
 */
export function whenRendered(
  find: () => HTMLElement | null,
  timeoutMs = 3000
): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const now = find()
    if (now) return resolve(now)
    let settled = false
    const done = (el: HTMLElement | null): void => {
      settled = true
      observer.disconnect()
      window.clearTimeout(timer)
      resolve(el)
    }
    const look = (): void => {
      if (settled) return
      const el = find()
      if (el) done(el)
    }
    // A row drawn into the table is a mutation of the document: look again at each.
    const observer = new MutationObserver(look)
    observer.observe(document.body, { childList: true, subtree: true })
    const timer = window.setTimeout(() => done(find()), timeoutMs)
  })
}

/** Shows a requested article: once it is the open one, the reader pane takes focus. */
export function useArticleNavigation(articleId: string | undefined): void {
  const { request, fulfil } = useNavigation()
  useEffect(() => {
    if (request?.target.kind !== 'article' || request.target.articleId !== articleId) return
    document.querySelector<HTMLElement>('[data-pane="reader-pane"]')?.focus()
    fulfil(request.nonce)
  }, [request, articleId, fulfil])
}
