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

export interface Notice {
  id: number
  tone: 'info' | 'warning' | 'error'
  message: string
  /** A button beside the message (e.g. Undo); it dismisses the notice when pressed. */
  action?: NoticeAction
  /** Stays until answered or dismissed: it asks something the user must decide. */
  needsAnswer?: boolean
  /** About the open article: cleared when another article opens. */
  aboutArticle?: boolean
}

export interface NoticeAction {
  label: string
  run: () => void
}

export interface NoticeOptions {
  action?: NoticeAction
  needsAnswer?: boolean
  aboutArticle?: boolean
}

interface NoticeApi {
  notices: Notice[]
  notify: (tone: Notice['tone'], message: string, options?: NoticeOptions) => void
  dismiss: (id: number) => void
  /**
   * Stops (true) or restarts (false) a notice's clock: one being read under the pointer or
   * with focus in it does not vanish, and gets its remaining time back once left.
   */
  hold: (id: number, held: boolean) => void
  /** Drops the notices about the open article (another article is opening). */
  clearArticleNotices: () => void
}

/** Most notices shown at once; a new one pushes out the oldest that needs no answer. */
export const MAX_NOTICES = 3

/**
 * How long a notice stays, by what it says: a plain confirmation briefly, a warning or an offer
 * to undo long enough to read and reach, an error longest. None stays for good unless it needs
 * an answer, so notices never pile up over the text.
 */
export function noticeLifetimeMs(notice: Pick<Notice, 'tone' | 'action'>): number {
  if (notice.tone === 'error') return 12_000
  if (notice.action) return 10_000
  return notice.tone === 'warning' ? 8_000 : 6_000
}

/** A notice that is read again after being held gets at least this long. */
const MIN_REMAINING_MS = 2_000

const NoticeContext = createContext<NoticeApi | null>(null)

let nextId = 1

interface Clock {
  timer: ReturnType<typeof setTimeout> | undefined
  remaining: number
  startedAt: number
}

/** Holds the messages shown to the user; each times out unless it needs an answer. */
export function NoticeProvider({ children }: { children: ReactNode }): ReactNode {
  const [notices, setNotices] = useState<Notice[]>([])
  const clocks = useRef(new Map<number, Clock>())

  const stopClock = useCallback((id: number) => {
    const clock = clocks.current.get(id)
    if (clock?.timer !== undefined) clearTimeout(clock.timer)
    clocks.current.delete(id)
  }, [])

  const remove = useCallback(
    (keep: (n: Notice) => boolean) =>
      setNotices((list) => {
        for (const n of list) if (!keep(n)) stopClock(n.id)
        return list.filter(keep)
      }),
    [stopClock]
  )

  const dismiss = useCallback((id: number) => remove((n) => n.id !== id), [remove])

  const run = useCallback(
    (id: number, ms: number) => {
      const clock: Clock = { timer: undefined, remaining: ms, startedAt: Date.now() }
      clock.timer = setTimeout(() => dismiss(id), ms)
      clocks.current.set(id, clock)
    },
    [dismiss]
  )

  const hold = useCallback(
    (id: number, held: boolean) => {
      const clock = clocks.current.get(id)
      if (!clock) return
      if (held && clock.timer !== undefined) {
        clearTimeout(clock.timer)
        clock.timer = undefined
        clock.remaining -= Date.now() - clock.startedAt
      } else if (!held && clock.timer === undefined) {
        run(id, Math.max(clock.remaining, MIN_REMAINING_MS))
      }
    },
    [run]
  )

  const notify = useCallback(
    (tone: Notice['tone'], message: string, options: NoticeOptions = {}) => {
      const notice: Notice = { id: nextId++, tone, message, ...options }
      setNotices((list) => {
        const next = [...list, notice]
        // Over the limit: the oldest that waits for no answer goes first.
        while (next.length > MAX_NOTICES) {
          const oldest = next.findIndex((n) => !n.needsAnswer)
          const [gone] = next.splice(oldest === -1 ? 0 : oldest, 1)
          if (gone) stopClock(gone.id)
        }
        return next
      })
      if (!notice.needsAnswer) run(notice.id, noticeLifetimeMs(notice))
    },
    [run, stopClock]
  )

  const clearArticleNotices = useCallback(() => remove((n) => !n.aboutArticle), [remove])

  useEffect(() => {
    const all = clocks.current
    return () => {
      for (const clock of all.values()) if (clock.timer !== undefined) clearTimeout(clock.timer)
      all.clear()
    }
  }, [])

  const api = useMemo(
    () => ({ notices, notify, dismiss, hold, clearArticleNotices }),
    [notices, notify, dismiss, hold, clearArticleNotices]
  )
  return <NoticeContext.Provider value={api}>{children}</NoticeContext.Provider>
}

/** The notice API of the nearest provider. */
export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext)
  if (!api) throw new Error('useNotices outside NoticeProvider')
  return api
}

/**
 * Clears the notices about an article when another article opens (not when the first one
 * loads): a warning about one article's events must not sit over the next article's text.
 */
export function useArticleNoticeScope(articleId: string | undefined): void {
  const { clearArticleNotices } = useNotices()
  const shown = useRef(articleId)
  useEffect(() => {
    if (articleId === shown.current) return
    shown.current = articleId
    clearArticleNotices()
  }, [articleId, clearArticleNotices])
}
