import { useLiveQuery } from 'dexie-react-hooks'
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react'
import { CURRENT_NOTE_SCHEMA_VERSION } from '@core/notes/note-document'
import { builtInTemplates } from '@core/notes/note-templates'
import type { ArticleRecord } from '@shared/model/article'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { EventRecord } from '@shared/model/event'
import type { NoteRecord } from '@shared/model/note'
import { useNavigation } from '../services/navigation'
import { useNotices } from '../services/notices'
import { recordChange, undoStack } from '../services/undo'
import { deleteNote, renameNote, restoreDeletedNote } from '../db/commands/notes/note-commands'
import { db } from '../db/db'
import { listNotes } from '../db/queries/list-notes'
import { createUndoableNote } from './create-blank-note'
import { NotesList } from './NotesList'
import { lastOpenNote, rememberOpenNote, setOpenNoteId } from './open-note'

// The note editor (Tiptap and its extensions) loads when a note is first opened.
const NoteView = lazy(() => import('./NoteView').then((m) => ({ default: m.NoteView })))

interface NotesPaneProps {
  article: ArticleRecord | undefined
  annotations: AnnotationRecord[]
  events: EventRecord[]
}

/** Briefing notes: the list, and the open note. */
export function NotesPane({ article, annotations, events }: NotesPaneProps): ReactNode {
  const { notify } = useNotices()
  const userTemplates = useLiveQuery(() => db.noteTemplates.orderBy('name').toArray(), []) ?? []
  // Shown again (its tab, its pane, Write mode), the pane reopens the note left open.
  const [openId, setOpenId] = useState<string | null>(lastOpenNote)
  useEffect(() => rememberOpenNote(openId), [openId])
  const { request, fulfil } = useNavigation()
  const wanted = request?.target.kind === 'note' ? request.target.noteId : null
  // While a note is open only that note is read: every autosave changes it, and re-reading every
  // note (documents and all) for a list nobody sees cost a read of them all per save. The open
  // note's result carries its id: after a change of question useLiveQuery still returns the
  // previous answer until the new one comes.
  const listShown = openId === null
  const notes =
    useLiveQuery(() => (listShown ? listNotes(db, article?.id) : []), [article?.id, listShown]) ??
    []
  const belongsHere = (n: NoteRecord | undefined): n is NoteRecord =>
    !!n && (n.articleId === null || n.articleId === article?.id)
  const opened = useLiveQuery(
    async () => (openId ? { id: openId, note: await db.notes.get(openId) } : null),
    [openId]
  )
  const loading = openId !== null && opened?.id !== openId
  const open = !loading && belongsHere(opened?.note) ? opened?.note : undefined
  // Deleted, or of another article now: back to the list.
  if (openId && !loading && !open) setOpenId(null)
  // Asked to show a note: open it once it is found and belongs to this article (or to all).
  const wantedRecord = useLiveQuery(() => (wanted ? db.notes.get(wanted) : undefined), [wanted])
  if (wanted && openId !== wanted && wantedRecord?.id === wanted && belongsHere(wantedRecord))
    setOpenId(wanted)
  const builtIns = useMemo(() => builtInTemplates(), [])
  const templates = [
    ...builtIns.map((t) => ({ id: t.id, name: t.name })),
    ...userTemplates.map((t) => ({ id: t.id, name: `${t.name} (yours)` }))
  ]
  useEffect(() => {
    if (request && wanted && open?.id === wanted) fulfil(request.nonce)
  }, [request, wanted, open, fulfil])
  useEffect(() => {
    setOpenNoteId(open?.id ?? null)
    return () => setOpenNoteId(null)
  }, [open?.id])

  const create = async (templateId: string, scope: 'article' | 'all'): Promise<void> => {
    const builtIn = builtIns.find((t) => t.id === templateId)
    const mine = userTemplates.find((t) => t.id === templateId)
    const doc = builtIn?.doc ?? mine?.doc
    if (!doc) return
    const name = builtIn?.name ?? mine?.name ?? 'Note'
    const title = scope === 'article' && article ? `${name} — ${article.title}` : name
    const note = await createUndoableNote(
      {
        articleId: scope === 'article' && article ? article.id : null,
        title,
        doc: structuredClone(doc),
        schemaVersion: mine?.schemaVersion ?? CURRENT_NOTE_SCHEMA_VERSION
      },
      'create note'
    )
    setOpenId(note.id)
  }

  if (loading) return <p className="empty-state">Opening the note…</p>
  if (open) {
    return (
      <Suspense fallback={<p className="empty-state">Opening the note…</p>}>
        <NoteView
          key={open.id}
          note={open}
          annotations={annotations}
          events={events}
          onBack={() => setOpenId(null)}
        />
      </Suspense>
    )
  }
  return (
    <NotesList
      notes={notes}
      templates={templates}
      hasArticle={!!article}
      onOpen={setOpenId}
      onCreate={(t, scope) => void create(t, scope)}
      onRename={(id, title) =>
        void renameNote(db, id, title, new Date()).then(({ before, after }) =>
          recordChange(db.notes, 'rename note', before, after)
        )
      }
      onDuplicate={(id) => {
        const n = notes.find((x) => x.id === id)
        if (n)
          void createUndoableNote(
            {
              articleId: n.articleId,
              title: `${n.title} (copy)`,
              doc: structuredClone(n.doc),
              schemaVersion: n.schemaVersion
            },
            'duplicate note'
          )
      }}
      onDelete={(id) => {
        void deleteNote(db, id).then((gone) => {
          if (!gone) return
          undoStack.push({
            label: 'delete note',
            undo: () => restoreDeletedNote(db, gone.note, gone.revisions),
            redo: async () => void (await deleteNote(db, gone.note.id))
          })
          notify('info', `Deleted “${gone.note.title}”. Ctrl+Z brings it back.`)
        })
      }}
    />
  )
}
