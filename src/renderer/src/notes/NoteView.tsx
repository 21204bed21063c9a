import type { Editor } from '@tiptap/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { CURRENT_NOTE_SCHEMA_VERSION, tryMigrateNoteDocument } from '@core/notes/note-document'
import type { NoteDoc } from '@core/notes/note-json'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { EventRecord } from '@shared/model/event'
import type { NoteRecord } from '@shared/model/note'
import { useAnnotationUi } from '../services/annotation-ui'
import { useNotices } from '../services/notices'
import { usePendingFlush } from '../services/pending-writes'
import { leaseName, leaseNotice, mayEdit } from '../services/edit-lease-state'
import { useEditLease } from '../services/useEditLease'
import { EditLeaseNotice } from '../ui/EditLeaseNotice'
import { restoreRevision, saveTemplate, snapshotNote } from '../db/commands/notes/note-commands'
import { saveNoteThrough } from '../db/commands/notes/note-journal-commands'
import { db } from '../db/db'
import { listRevisions } from '../db/queries/list-notes'
import { NoteEditor } from './editor/NoteEditor'
import { noteBlocks } from './editor/chunks/note-blocks'
import { journalToDatabase, NoteJournalWriter } from './note-journal-writer'
import { openNoteSession } from './open-note-session'
import { readNoteDoc } from './editor/open-document'
import { NoteHistoryDialog } from './NoteHistoryDialog'
import { SaveTemplateDialog } from './SaveTemplateDialog'
import { DeferredSaver } from './deferred-saver'
import { NoteSaver } from './note-saver'
import { noteSizeProblem } from './note-size-guard'
import { noteSaveTiming } from './note-save-timing'
import { DRAG_ANNOTATION, DRAG_EVENT } from '../services/drag-types'
import { useNoteLookups } from './useNoteLookups'

/** A snapshot is taken when this long has passed since the last one while the note is edited. */
const SNAPSHOT_EVERY_MS = 3 * 60 * 1000

interface NoteViewProps {
  note: NoteRecord
  annotations: AnnotationRecord[]
  events: EventRecord[]
  onBack: () => void
}

/**
 * One open note: the editor, autosave, history, templates, and inserting evidence. The window
 * that takes the note's edit lease first puts back whatever the note's journal holds beyond its
 * last save and claims the journal (openNoteSession), before its editor can write anything; a
 * window that only shows the note read-only leaves both to the window editing it.
 */
export function NoteView(props: NoteViewProps): ReactNode {
  return <OpenNote key={props.note.id} {...props} />
}

/** NoteView for one note (a fresh one, with its own lease and session, for each note). */
function OpenNote({ note, annotations, events, onBack }: NoteViewProps): ReactNode {
  const { notify } = useNotices()
  const ui = useAnnotationUi()
  const lookups = useNoteLookups(note.articleId)
  const [lint, setLint] = useState(true)
  const [history, setHistory] = useState(false)
  const [savingTemplate, setSavingTemplate] = useState(false)
  const templateNames = useLiveQuery(
    async () => (savingTemplate ? (await db.noteTemplates.toArray()).map((t) => t.name) : []),
    [savingTemplate]
  )
  // What the editor edits: the note as stored when this window began editing it, or as just
  // restored (not waiting for the live query).
  const [source, setSource] = useState(note)
  // The journal's session: taking over editing or restoring a revision starts another.
  const [session, setSession] = useState<string | null>(null)
  const editor = useRef<Editor | null>(null)

  // One window edits a note at a time; the others show it read-only as the editor saves it.
  // The saver is made with the lease's check, and the lease flushes the saver: through a ref.
  const flushSaver = useRef<() => Promise<void>>(() => Promise.resolve())
  const lease = useEditLease('note', leaseName('note', note.id), {
    flush: () => flushSaver.current(),
    prepare: async () => {
      // Read now, not from the live query, which may not have this window's predecessor's last
      // write yet: the editor starts from everything it stored. Its journal session claims the
      // note from here (anything the predecessor journalled and did not save is put back first).
      const found = await db.notes.get(note.id)
      if (!found) return
      const next = await openNoteSession(found, notify)
      setSession(next.session)
      setSource(next.note)
      snapshotAsFound(next.note, notify)
    },
    announce: (message) => notify('info', message)
  })
  const editing = mayEdit(lease.state)
  // Handing over, the editor keeps what it holds (newer than the live query) until it is stored.
  const shown = editing || lease.state.kind === 'handing-over' ? source : note
  const opened = useMemo(
    () => tryMigrateNoteDocument({ schemaVersion: shown.schemaVersion, doc: shown.doc }),
    [shown]
  )

  const holdsLease = lease.holds
  const saver = useMemo(
    () => new DeferredSaver(createNoteSaver(note.id, notify, holdsLease)),
    [note.id, notify, holdsLease]
  )
  const journal = useMemo(
    () =>
      session === null
        ? null
        : new NoteJournalWriter(
            note.id,
            session,
            journalToDatabase(db, (err) =>
              notify(
                'error',
                `Keystrokes in this note are saved less often than usual (the journal could not be written): ${String(err)}`
              )
            )
          ),
    [note.id, session, notify]
  )

  // The refusal last shown, so a note over the limit says so once, not at every keystroke.
  const sizeRefusal = useRef<string | null>(null)

  // Hidden, closed, quit or restored: what the saver holds back is written first.
  const flush = useCallback(() => saver.flush(), [saver])
  useLayoutEffect(() => {
    flushSaver.current = flush
  }, [flush])
  usePendingFlush(flush)

  const insertAnnotation = (a: AnnotationRecord, at?: number): void => {
    if (!editing) return
    const chain = editor.current?.chain().focus()
    if (!chain) return
    ;(at === undefined ? chain : chain.setTextSelection(at))
      .insertCitedQuote({
        annotationId: a.id,
        quote: a.selectors.quote.exact,
        grade: a.grade ? `${a.grade.reliability}${a.grade.credibility}` : null
      })
      .run()
  }
  const insertEvent = (id: string, at?: number): void => {
    if (!editing) return
    const chain = editor.current?.chain().focus()
    if (!chain) return
    ;(at === undefined ? chain : chain.setTextSelection(at)).insertEventCard(id).run()
  }

  const onDrop = (e: React.DragEvent): void => {
    const annotationId = e.dataTransfer.getData(DRAG_ANNOTATION)
    const eventId = e.dataTransfer.getData(DRAG_EVENT)
    if (!annotationId && !eventId) return
    e.preventDefault()
    e.stopPropagation()
    const pos = editor.current?.view.posAtCoords({ left: e.clientX, top: e.clientY })?.pos
    const a = annotations.find((x) => x.id === annotationId)
    if (a) insertAnnotation(a, pos)
    else if (eventId) insertEvent(eventId, pos)
  }

  const notice = leaseNotice('note', lease.state)
  if (!opened.ok) {
    return (
      <div className="note-view">
        <button type="button" className="button button-small" onClick={onBack}>
          ← All notes
        </button>
        <p className="form-error" role="alert">
          This note cannot be opened: {opened.error.message}
        </p>
      </div>
    )
  }
  return (
    <div
      className="note-view"
      onDragOver={(e) =>
        (e.dataTransfer.types.includes(DRAG_ANNOTATION) ||
          e.dataTransfer.types.includes(DRAG_EVENT)) &&
        e.preventDefault()
      }
      onDropCapture={onDrop}
    >
      <div className="note-head">
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void saver.flush().then(onBack)}
        >
          ← All notes
        </button>
        <strong className="note-head-title">{note.title}</strong>
        <select
          aria-label="Insert a highlight as a cited quote"
          disabled={!editing}
          value=""
          onChange={(e) => {
            const a = annotations.find((x) => x.id === e.target.value)
            if (a) insertAnnotation(a)
          }}
        >
          <option value="">Cite a highlight…</option>
          {annotations.map((a) => (
            <option key={a.id} value={a.id}>
              {a.selectors.quote.exact.slice(0, 70)}
            </option>
          ))}
        </select>
        <select
          aria-label="Insert an event card"
          disabled={!editing}
          value=""
          onChange={(e) => e.target.value && insertEvent(e.target.value)}
        >
          <option value="">Insert an event…</option>
          {events.map((ev) => (
            <option key={ev.id} value={ev.id}>
              {ev.eventDate || 'undated'} — {ev.subEventType || ev.eventType || 'untyped'}{' '}
              {ev.countryCode}
            </option>
          ))}
        </select>
        <label className="lint-toggle">
          <input type="checkbox" checked={lint} onChange={(e) => setLint(e.target.checked)} />{' '}
          Analytic lint
        </label>
        <button type="button" className="button button-small" onClick={() => setHistory(true)}>
          History…
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => setSavingTemplate(true)}
        >
          Save as template
        </button>
      </div>
      {notice && <EditLeaseNotice notice={notice} onAction={lease.takeOver} />}
      {lease.state.kind === 'opening' ? (
        <p className="empty-state">Opening the note…</p>
      ) : (
        <NoteEditor
          // A new journal session (taking over, restoring a revision) opens the editor again, so
          // the session's writer starts from the text it claimed: a writer never started would
          // journal nothing, and the keys would wait for the full save alone.
          key={`${source.id}-${source.updatedAt}-${session ?? ''}`}
          doc={opened.value.doc}
          editable={editing}
          onOpened={(doc) => journal?.start(noteBlocks(doc))}
          onTooLarge={(message) => notify('error', message)}
          onChange={(change) => {
            // Only the lease holder's changes are stored (a read-only view may still refresh its
            // cited quotes, which is no edit of this window's).
            if (!lease.holds()) return
            // Over MAX_NOTE_CHARS nothing is saved: the stored note keeps its last version.
            const refused = noteSizeProblem(change)
            if (refused && !sizeRefusal.current) notify('error', refused)
            sizeRefusal.current = refused
            if (refused) return
            // Journalled at once (the blocks it touched); the whole note is saved when typing
            // pauses.
            const seq = journal?.record(noteBlocks(change.doc)) ?? 0
            const through = journal ? { session: journal.session, seq } : null
            saver.change(() => ({ doc: change.read(), through }), noteSaveTiming(change.size))
          }}
          lookups={lookups}
          lintEnabled={lint}
          label={`Note: ${note.title}`}
          onEditorReady={(ed) => {
            editor.current = ed
            ed?.on('blur', () => void saver.flush())
          }}
          onOpenAnnotation={(id) => {
            const a = annotations.find((x) => x.id === id)
            ui.setActiveId(id)
            if (a && a.anchor.status !== 'orphaned')
              ui.revealSpan({ start: a.anchor.start, end: a.anchor.end })
          }}
          onOpenEvent={(id) => {
            const ev = events.find((x) => x.id === id)?.evidence.eventType
            if (ev && ev.anchor.status !== 'orphaned')
              ui.revealSpan({ start: ev.anchor.start, end: ev.anchor.end })
          }}
        />
      )}
      {savingTemplate && (
        <SaveTemplateDialog
          defaultName={`${note.title} template`}
          existingNames={templateNames ?? []}
          onClose={() => setSavingTemplate(false)}
          onSave={async (name) => {
            if (!editor.current) return false
            const doc = readNoteDoc(editor.current)
            try {
              await saveTemplate(db, name, doc, CURRENT_NOTE_SCHEMA_VERSION, new Date())
              notify('info', `Saved the template “${name}”.`)
              return true
            } catch (err) {
              notify('error', `The template was not saved: ${String(err)}`)
              return false
            }
          }}
        />
      )}
      {history && (
        <NoteHistoryDialog
          noteId={note.id}
          canRestore={editing}
          onClose={() => setHistory(false)}
          onRestore={(revisionId) => {
            void saver
              .flush()
              .then(() => restoreRevision(db, revisionId, new Date()))
              // A new session claims the restored text (nothing is left to replay: flushed above).
              .then(() => openNoteSession(note, notify))
              .then((next) => {
                setHistory(false)
                setSession(next.session)
                setSource(next.note)
                notify('info', 'Revision restored. The text before it is kept in the history.')
              })
              .catch((err: unknown) =>
                notify('error', `The revision was not restored: ${String(err)}`)
              )
          }}
        />
      )}
    </div>
  )
}

/**
 * Each editing session starts with a snapshot of the note as this window found it (unless the
 * latest revision already holds it): so when editing passes from one window to another, what the
 * first one wrote is in the history before the second writes anything. Later snapshots come every
 * few minutes of editing. It can wait for an idle moment: reading every revision and comparing two
 * long documents as JSON would otherwise compete with opening the note.
 */
function snapshotAsFound(
  found: NoteRecord,
  notify: (tone: 'error', message: string) => void
): void {
  // Dated when found, so the history lists it before anything typed since.
  const foundAt = new Date()
  whenIdle(() => {
    void (async () => {
      const [latestRevision] = await listRevisions(db, found.id)
      if (!latestRevision || JSON.stringify(latestRevision.doc) !== JSON.stringify(found.doc))
        await snapshotNote(db, found, 'auto', foundAt)
    })().catch((err: unknown) =>
      notify('error', `The note's history could not record it as opened: ${String(err)}`)
    )
  })
}

/** Runs `run` when the thread is next idle (within two seconds). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 })
  else setTimeout(run, 0)
}

/** A full save: the document, and which of the journal's changes it holds. */
interface NoteSave {
  doc: NoteDoc
  /** The journal's session and the last of its changes this document holds (null: no journal). */
  through: { session: string; seq: number } | null
}

/**
 * The note's writer: every document handed to it written at once (coalesced while a write runs),
 * plus a snapshot whenever a few minutes of editing have passed since the last one. The
 * DeferredSaver around it decides when a change is serialised and handed over.
 */

function createNoteSaver(
  noteId: string,
  notify: (tone: 'error', message: string) => void,
  holdsLease: () => boolean
): NoteSaver<NoteSave> {
  let lastSnapshot = Date.now()
  return new NoteSaver<NoteSave>(
    async ({ doc, through }) => {
      await saveNoteThrough(
        db,
        noteId,
        doc,
        CURRENT_NOTE_SCHEMA_VERSION,
        new Date(),
        through?.session ?? '',
        through?.seq ?? 0
      )
      const now = Date.now()
      if (now - lastSnapshot >= SNAPSHOT_EVERY_MS) {
        lastSnapshot = now
        const current = await db.notes.get(noteId)
        if (current) await snapshotNote(db, current, 'auto', new Date(now))
      }
    },
    (err) =>
      notify(
        'error',
        `The note could not be saved: ${err instanceof Error ? err.message : String(err)}`
      ),
    {
      mayWrite: holdsLease,
      // Not written over the other window's text, and not dropped either: kept in the history.
      onRefused: async ({ doc }) => {
        const current = await db.notes.get(noteId)
        if (current) await snapshotNote(db, { ...current, doc }, 'auto', new Date())
        notify(
          'error',
          'Another window is editing this note, so what this window still held was not saved over its text: it is kept in the note’s history.'
        )
      }
    }
  )
}
