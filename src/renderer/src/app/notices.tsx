import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export interface Notice {
  id: number
  tone: 'info' | 'warning' | 'error'
  message: string
  /** A button beside the message (e.g. Undo); it dismisses the notice when pressed. */
  action?: NoticeAction
}

export interface NoticeAction {
  label: string
  run: () => void
}

interface NoticeApi {
  notices: Notice[]
  notify: (tone: Notice['tone'], message: string, action?: NoticeAction) => void
  dismiss: (id: number) => void
}

const NoticeContext = createContext<NoticeApi | null>(null)

let nextId = 1

/** Holds the messages shown to the user; errors stay until dismissed, so none is missed. */
export function NoticeProvider({ children }: { children: ReactNode }): ReactNode {
  const [notices, setNotices] = useState<Notice[]>([])
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), [])
  const notify = useCallback(
    (tone: Notice['tone'], message: string, action?: NoticeAction) => {
      const id = nextId++
      setNotices((n) => [
        ...n.slice(-3),
        action ? { id, tone, message, action } : { id, tone, message }
      ])
      // A notice with a button stays until used, dismissed or pushed out: it must not vanish
      // under the pointer on its way to Undo.
      if (tone === 'info' && !action) setTimeout(() => dismiss(id), 6000)
    },
    [dismiss]
  )
  const api = useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss])
  return <NoticeContext.Provider value={api}>{children}</NoticeContext.Provider>
}

/** The notice API of the nearest provider. */
export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext)
  if (!api) throw new Error('useNotices outside NoticeProvider')
  return api
}
