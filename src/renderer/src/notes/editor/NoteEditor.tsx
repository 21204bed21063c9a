import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import type { NoteDoc } from '../../../../core/notes/note-json'
import { FindReplaceBar, type FindMode } from './FindReplaceBar'
import { LinkRow } from './LinkRow'
import { createLookupBridge } from './live/lookup-bridge'
import { EMPTY_LOOKUPS, type NoteLookups } from './live/note-lookups'
import { createNoteHandlers } from './live/note-handlers'
import { createNoteExtensions } from './note-extensions'
import { NoteToolbar } from './NoteToolbar'
import './note-editor.css'

export interface NoteEditorProps {
  /** The note in the current schema (run stored notes through migrateNoteDocument first). */
  doc: NoteDoc
  /** Called on every change with the whole document; the caller debounces and saves. */
  onChange: (doc: NoteDoc) => void
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
      lintEnabled
    })
  )

  const editor = useEditor({
    extensions,
    content: doc,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'note-editor-content',
        spellcheck: 'true'
      }
    },
    onCreate: ({ editor: e }) => {
      if (e.can().refreshCitedQuotes()) e.commands.refreshCitedQuotes()
    },
    onUpdate: ({ editor: e }) => {
      const json = e.getJSON() as NoteDoc
      lastEmitted.current = json
      handlers.onChange(json)
    }
  })

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
  // onChange output coming back does not, so the cursor stays where it is.
  useEffect(() => {
    if (
      !editor ||
      editor.isDestroyed ||
      doc === lastEmitted.current ||
      sameJSON(doc, editor.getJSON())
    )
      return
    editor.commands.setContent(doc, { emitUpdate: false })
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
