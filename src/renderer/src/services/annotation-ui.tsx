import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'

export type EditorKind = 'comment' | 'tags' | 'grade'

export interface EditorRequest {
  id: string
  kind: EditorKind
  /** Changes on every request, so asking twice for the same editor still opens it. */
  nonce: number
}

export interface Span {
  start: number
  end: number
}

interface AnnotationUi {
  activeId: string | null
  setActiveId: (id: string | null) => void
  editorRequest: EditorRequest | null
  requestEditor: (id: string, kind: EditorKind) => void
  /**
   * Marks a request as taken by the card that opened it: a request opens an editor once, so a
   * card mounted again later (pane collapsed and expanded, list scrolled) never reopens it.
   */
  consumeEditorRequest: (nonce: number) => void
  /** The reader's current selection in plain-text offsets (for re-attaching orphans). */
  readerSelection: Span | null
  setReaderSelection: (s: Span | null) => void
  /**
   * The passage last selected in the reader, kept while focus moves into a form (which takes the
   * document selection away) so a field can cite it; cleared when the reader's selection goes.
   */
  citableSelection: Span | null
  setCitableSelection: (s: Span | null) => void
  /** Registered by the reader: scroll to and flash a span. */
  revealSpan: (span: Span) => void
  setRevealer: (fn: (span: Span) => void) => void
}

const Context = createContext<AnnotationUi | null>(null)

/** State shared by the reader and the annotation pane: focus, editor requests, selection. */
export function AnnotationUiProvider({ children }: { children: ReactNode }): ReactNode {
  const [activeId, setActiveId] = useState<string | null>(null)
  const [editorRequest, setEditorRequest] = useState<EditorRequest | null>(null)
  const [readerSelection, setReaderSelection] = useState<Span | null>(null)
  const [citableSelection, setCitableSelection] = useState<Span | null>(null)
  const revealer = useRef<(span: Span) => void>(() => {})
  const requestEditor = useCallback((id: string, kind: EditorKind) => {
    setActiveId(id)
    setEditorRequest({ id, kind, nonce: Date.now() + Math.random() })
  }, [])
  const consumeEditorRequest = useCallback((nonce: number) => {
    setEditorRequest((r) => (r?.nonce === nonce ? null : r))
  }, [])
  const revealSpan = useCallback((span: Span) => revealer.current(span), [])
  const setRevealer = useCallback((fn: (span: Span) => void) => {
    revealer.current = fn
  }, [])
  const value = useMemo(
    () => ({
      activeId,
      setActiveId,
      editorRequest,
      requestEditor,
      consumeEditorRequest,
      readerSelection,
      setReaderSelection,
      citableSelection,
      setCitableSelection,
      revealSpan,
      setRevealer
    }),
    [
      activeId,
      editorRequest,
      requestEditor,
      consumeEditorRequest,
      readerSelection,
      citableSelection,
      revealSpan,
      setRevealer
    ]
  )
  return <Context.Provider value={value}>{children}</Context.Provider>
}

/** The shared annotation UI state. */
export function useAnnotationUi(): AnnotationUi {
  const ui = useContext(Context)
  if (!ui) throw new Error('useAnnotationUi outside AnnotationUiProvider')
  return ui
}
