import type { Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { EditorContent, useEditor } from '@tiptap/react'
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import type { NoteDoc } from '@core/notes/note-json'
import { FindReplaceBar, type FindMode } from './FindReplaceBar'
import { LinkRow } from './LinkRow'
import { createLookupBridge } from './live/lookup-bridge'
import { EMPTY_LOOKUPS, type NoteLookups } from './live/note-lookups'
import { createNoteHandlers, type NoteChange } from './live/note-handlers'
import { createNoteExtensions } from './note-extensions'
import { NoteToolbar } from './NoteToolbar'
import { noteChunkKey } from './chunks/note-chunk'
import {
  BLANK_NOTE,
  openDocument,
  readNoteDoc,
  replaceDocument,
  storedNoteDoc
} from './open-document'
import { useBlockHeightEstimate } from './useBlockHeightEstimate'
import './note-editor.css'

export interface NoteEditorProps {
  /** The note in the current schema (run stored notes through migrateNoteDocument first). */
  doc: NoteDoc
  /**
   * Called on every change. The document is serialised only when the caller reads it: doing so
   * on every keystroke of a 5,000-paragraph note would cost more than the keystroke.
   */
  onChange: (change: NoteChange) => void
  /** Live records for cited quotes, event cards and timeline/sources blocks. */
  lookups?: NoteLookups
  onOpenAnnotation?: (annotationId: string) => void
  onOpenEvent?: (eventId: string) => void
  /** Analytic-writing lint (ICD 203) on or off. */
  lintEnabled?: boolean
  editable?: boolean
  /** Accessible name of the writing area. */
  label?: string
  /** Receives the editor once created (null when it goes), e.g. to insert a cited quote from elsewhere. */
  onEditorReady?: (editor: Editor | null) => void
  /**
   * Receives the document as the note was put into the editor, before anything changed it (not
   * even a trailing paragraph appended): the stored note as the editor reads it.
   */
  onOpened?: (doc: PMNode) => void
  /** Why a paste or drop was not let into the note (it would exceed the note size limit). */
  onTooLarge?: (message: string) => void
}

function sameJSON(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The briefing-note editor: toolbar, find & replace, "/" menu, live citations and analytic lint. */
export function NoteEditor(props: NoteEditorProps): ReactNode {
  const {
    doc,
    lookups = EMPTY_LOOKUPS,
    lintEnabled = true,
    editable = true,
    label = 'Note'
  } = props
  // Callbacks and lookups may change on every render; the editor, created once, reaches the
  // latest ones through these stable forwarders instead of being rebuilt.
  const [handlers] = useState(() => createNoteHandlers(props))
  const [bridge] = useState(() => createLookupBridge(lookups))
  const lastEmitted = useRef<NoteDoc | null>(null)
  // The document given to the editor, when it opened or by the effect below.
  const shownDoc = useRef(doc)
  const [findMode, setFindMode] = useState<FindMode | null>(null)
  const [focusRequest, setFocusRequest] = useState(0)
  const [linkOpen, setLinkOpen] = useState(false)

  useLayoutEffect(() => {
    handlers.setCurrent(props)
  })

  const [extensions] = useState(() =>
    createNoteExtensions({
      lookups: bridge.lookups,
      onOpenAnnotation: handlers.onOpenAnnotation,
      onOpenEvent: handlers.onOpenEvent,
      onTooLarge: handlers.onTooLarge,
      lintEnabled
    })
  )

  // A new object on every render would make Tiptap reconfigure the view on every render (its
  // options are compared by identity), which walks the whole document.
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'note-editor-content',
        spellcheck: 'true'
      }
    }),
    [label]
  )
  const editor = useEditor({
    extensions,
    // The note goes in once the editor is in the page (below): see openDocument.
    content: BLANK_NOTE,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
    onCreate: ({ editor: e }) => {
      if (e.can().refreshCitedQuotes()) e.commands.refreshCitedQuotes()
    },
    onUpdate: ({ editor: e, transaction, appendedTransactions }) => {
      // Regrouping a long note's chunks (the caret crossed a chunk edge) changes nothing stored.
      const edits = [transaction, ...appendedTransactions].filter((t) => t.docChanged)
      if (edits.every((t) => t.getMeta(noteChunkKey) === true)) return
      // ProseMirror documents are immutable: keeping this one costs nothing, and reading it later
      // gives the note exactly as it was after this change.
      const pmDoc = e.state.doc
      let json: NoteDoc | null = null
      handlers.onChange({
        doc: pmDoc,
        size: pmDoc.content.size,
        read: () => {
          json ??= storedNoteDoc(pmDoc.toJSON() as NoteDoc)
          lastEmitted.current = json
          return json
        }
      })
    }
  })

  // After EditorContent has put the editor in the page (children's layout effects run first) and
  // before the first paint.
  const opened = useRef<Editor | null>(null)
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed || opened.current === editor) return
    opened.current = editor
    handlers.onOpened(openDocument(editor, shownDoc.current))
  }, [editor, handlers])

  useBlockHeightEstimate(editor)

  // New lookups (or a change they report) make the live nodes read again and refresh the quote cache.
  useLayoutEffect(() => {
    bridge.setCurrent(lookups)
    bridge.notify()
  }, [lookups, bridge])
  useEffect(() => lookups.subscribe(bridge.notify), [lookups, bridge])
  useEffect(() => {
    if (!editor) return
    return bridge.lookups.subscribe(() => {
      if (!editor.isDestroyed && editor.can().refreshCitedQuotes())
        editor.commands.refreshCitedQuotes()
    })
  }, [editor, bridge])

  // A document from outside (another note, a restored revision) replaces the content; our own
  // onChange output coming back does not, so the cursor stays where it is. Neither does the
  // document the editor already shows: when a Suspense boundary re-runs this effect, the editor
  // may hold edits (or refreshed quotes) since, and comparing 5,000 paragraphs as JSON or
  // rebuilding them would take seconds.
  useEffect(() => {
    if (!editor || editor.isDestroyed || doc === shownDoc.current || doc === lastEmitted.current)
      return
    shownDoc.current = doc
    if (sameJSON(doc, readNoteDoc(editor))) return
    replaceDocument(editor, doc)
    if (editor.can().refreshCitedQuotes()) editor.commands.refreshCitedQuotes()
  }, [editor, doc])

  useEffect(() => {
    // A Suspense boundary can re-run effects after the editor it saw was destroyed.
    if (editor && !editor.isDestroyed) editor.commands.setAnalyticLint(lintEnabled)
  }, [editor, lintEnabled])

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(editable, false)
  }, [editor, editable])

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    handlers.onEditorReady(editor)
    return () => handlers.onEditorReady(null)
  }, [editor, handlers])

  const openFind = (mode: FindMode): void => {
    setFindMode(mode)
    setFocusRequest((n) => n + 1)
  }

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return
    const key = e.key.toLowerCase()
    if (key === 'f' || key === 'h') {
      e.preventDefault()
      openFind(key === 'h' ? 'replace' : (findMode ?? 'find'))
    } else if (key === 'k') {
      e.preventDefault()
      setLinkOpen(true)
    }
  }

  if (!editor) return null
  return (
    <div className="note-editor" onKeyDown={onKeyDown}>
      <NoteToolbar
        editor={editor}
        findOpen={findMode !== null}
        onToggleFind={() => (findMode ? setFindMode(null) : openFind('find'))}
        onToggleLink={() => setLinkOpen((o) => !o)}
      />
      {linkOpen && <LinkRow editor={editor} onClose={() => setLinkOpen(false)} />}
      {findMode && (
        <FindReplaceBar
          editor={editor}
          mode={findMode}
          focusRequest={focusRequest}
          onModeChange={setFindMode}
          onClose={() => setFindMode(null)}
        />
      )}
      <EditorContent editor={editor} className="note-editor-body" />
    </div>
  )
}
