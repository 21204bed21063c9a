import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import { describeGrade, formatGrade } from '@core/grading/admiralty'
import type { AnnotationRecord, ColourSlot } from '@shared/model/annotation'
import { recordChange } from '../services/undo'
import { db } from '../db/db'
import { formatDateTime } from '../ui/format-date'
import { useAnnotationUi, type EditorKind } from '../services/annotation-ui'
import { COLOUR_SLOTS, COLOUR_SWATCHES } from './colours'
import { GradeEditor } from './GradeEditor'
import { sanitizeComment } from './sanitize-comment'
import { NoteSaver } from '../notes/note-saver'
import { useNotices, type NoticeOptions } from '../services/notices'
import { usePendingFlush } from '../services/pending-writes'
import { leaseName, leaseNotice, mayEdit } from '../services/edit-lease-state'
import { useEditLease } from '../services/useEditLease'
import { EditLeaseNotice } from '../ui/EditLeaseNotice'
import { DRAG_ANNOTATION } from '../services/drag-types'
import { driftedText } from './drifted-text'
import { TagEditor } from './TagEditor'
import { focusAdjacentCard } from './card-navigator'
import type { AnnotationActions } from './useAnnotationActions'

// Tiptap loads with the first comment edited, not with the reader.
const CommentEditor = lazy(() =>
  import('./CommentEditor').then((m) => ({ default: m.CommentEditor }))
)

interface AnnotationCardProps {
  annotation: AnnotationRecord
  labels: string[]
  allTags: string[]
  actions: AnnotationActions
  /** Where the card sits in a virtualised list (AnnotationCardList); absent in a plain list. */
  slot?: CardSlot
  /** The article's current plain text: a drifted card shows what its passage now reads. */
  articleText?: string
}

/** A card's place in the virtualised list: its position for assistive technology and on screen. */
export interface CardSlot {
  index: number
  setSize: number
  /** Offset from the top of the list, in px. */
  top: number
  /** Measures the rendered card (the virtualiser's measureElement). */
  measure: (el: HTMLElement | null) => void
}

const STATUS_TEXT = {
  exact: 'Anchored',
  drifted: 'Drifted — check it',
  orphaned: 'Orphaned — passage not found'
} as const

const sameSlot = (a: CardSlot | undefined, b: CardSlot | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.index === b.index &&
    a.setSize === b.setSize &&
    a.top === b.top &&
    a.measure === b.measure)

/**
 * One annotation: its quote, label, comment, tags, grade, times and anchor state, with its
 * editors. Memoised: the list gives each card a new slot object on every render, so slots are
 * compared by value and every other prop by identity (a comment keystroke changes one record, and
 * only its card renders again). A new prop must be compared here too.
 */
export const AnnotationCard = memo(
  AnnotationCardView,
  (p, n) =>
    p.annotation === n.annotation &&
    p.labels === n.labels &&
    p.allTags === n.allTags &&
    p.actions === n.actions &&
    p.articleText === n.articleText &&
    sameSlot(p.slot, n.slot)
)

function AnnotationCardView({
  annotation: a,
  labels,
  allTags,
  actions,
  slot,
  articleText
}: AnnotationCardProps): ReactNode {
  const ui = useAnnotationUi()
  const [localEditor, setLocalEditor] = useState<EditorKind | null>(null)
  const commentBefore = useRef<AnnotationRecord | null>(null)
  const card = useRef<HTMLLIElement>(null)
  const measure = slot?.measure
  const cardRef = useCallback(
    (el: HTMLLIElement | null) => {
      card.current = el
      measure?.(el)
    },
    [measure]
  )
  // Keystrokes are coalesced into one write at a time, so the newest text is always next to be
  // stored and closing the window right after typing has at most one write in flight.
  const { notify } = useNotices()
  // The saver is made with the lease's check, and the lease flushes the saver: through a ref.
  const flushSaver = useRef<() => Promise<void>>(() => Promise.resolve())
  // What the comment editor opens with: the comment as stored when this window began editing it.
  const [editedHtml, setEditedHtml] = useState('')
  // An editor asked for from the reader (c, t, g) becomes this card's own open editor, and the
  // request is consumed: it opens once. Left pending, a card mounted again (the pane collapsed
  // and expanded) reopened it with focus in it, where the next shortcut key edited the field.
  const { editorRequest, consumeEditorRequest } = ui
  const requested = editorRequest?.id === a.id ? editorRequest : null
  const [takenRequest, setTakenRequest] = useState<number | null>(null)
  if (requested && requested.nonce !== takenRequest) {
    setTakenRequest(requested.nonce)
    setLocalEditor(requested.kind)
  }
  useEffect(() => {
    if (requested) consumeEditorRequest(requested.nonce)
  }, [requested, consumeEditorRequest])
  const editor = localEditor
  const setEditor = setLocalEditor

  // One window edits a comment at a time; the others show it as saved, with a way to take over.
  const lease = useEditLease('comment', editor === 'comment' ? leaseName('comment', a.id) : null, {
    flush: () => flushSaver.current(),
    prepare: async () => {
      // Read now, not from the live query, which may not have the other window's last write yet.
      const found = await db.annotations.get(a.id)
      if (!found) return
      // Only the record when this window begins editing is the undo point: undoing must never
      // put back a comment over what another window wrote since.
      commentBefore.current = found
      setEditedHtml(found.commentHtml)
    },
    announce: (message) => notify('info', message, { aboutArticle: true })
  })
  const holdsLease = lease.holds
  const commentSaver = useMemo(
    () => createCommentSaver(a.id, notify, holdsLease),
    [a.id, notify, holdsLease]
  )
  const flush = useCallback(() => commentSaver.flush(), [commentSaver])
  useLayoutEffect(() => {
    flushSaver.current = flush
  }, [flush])
  usePendingFlush(flush)
  const editingComment = editor === 'comment' && mayEdit(lease.state)
  const leaseKind = lease.state.kind
  useEffect(() => {
    // Handed over to another window: what this one typed is that window's starting point now.
    if (leaseKind === 'handing-over' || leaseKind === 'elsewhere') commentBefore.current = null
  }, [leaseKind])
  const commentNotice = editor === 'comment' ? leaseNotice('comment', lease.state) : null
  // DOMPurify parses the comment into a document: once per comment text, not once per render,
  // and not at all while the editor shows it (each keystroke stores a new text).
  const commentHtml = useMemo(
    () => (!editingComment && a.commentHtml ? sanitizeComment(a.commentHtml) : ''),
    [a.commentHtml, editingComment]
  )
  // Stable, so the comment editor (memoised) does not render again for each stored keystroke.
  const changeComment = useCallback(
    (html: string, text: string) => commentSaver.change({ html, text }),
    [commentSaver]
  )

  const closeEditor = useCallback((): void => {
    if (editor === 'comment' && commentBefore.current) {
      const before = commentBefore.current
      void db.annotations.get(a.id).then((after) => {
        if (after && after.commentHtml !== before.commentHtml)
          recordChange(db.annotations, 'edit comment', before, after)
      })
      commentBefore.current = null
    }
    setLocalEditor(null)
    card.current?.focus()
  }, [editor, a.id])

  const reveal = (): void => {
    ui.setActiveId(a.id)
    if (a.anchor.status !== 'orphaned') ui.revealSpan({ start: a.anchor.start, end: a.anchor.end })
  }

  const active = ui.activeId === a.id
  const nowReads = driftedText(a, articleText)
  const edited = a.updatedAt !== a.createdAt
  return (
    <li
      ref={cardRef}
      id={`annotation-${a.id}`}
      data-annotation-id={a.id}
      data-index={slot?.index}
      aria-setsize={slot?.setSize}
      aria-posinset={slot && slot.index + 1}
      className={`annotation-card status-${a.anchor.status}`}
      data-pane-home
      tabIndex={0}
      aria-current={active ? 'true' : undefined}
      aria-label={`${labels[a.colour]} annotation: ${a.selectors.quote.exact.slice(0, 80)}`}
      style={{
        ['--swatch' as string]: COLOUR_SWATCHES[a.colour],
        ...(slot && { transform: `translateY(${slot.top}px)` })
      }}
      onFocus={(e) => e.target === e.currentTarget && ui.setActiveId(a.id)}
      draggable
      onDragStart={(e) => {
        // Dropped into a note, the card becomes a cited quote.
        e.dataTransfer.setData(DRAG_ANNOTATION, a.id)
        e.dataTransfer.setData('text/plain', a.selectors.quote.exact)
        e.dataTransfer.effectAllowed = 'copy'
      }}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return
        if (e.key === 'Delete' || e.key === 'Backspace') {
          e.preventDefault()
          void actions.remove(a.id)
        } else if (e.key === 'Enter') {
          e.preventDefault()
          reveal()
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          // The arrows move between cards as j/k do, so F6 lands where they work.
          e.preventDefault()
          focusAdjacentCard(e.key === 'ArrowDown' ? 1 : -1)
        }
      }}
    >
      <div className="card-head">
        <label className="colour-picker">
          <span className="swatch" aria-hidden="true" />
          <span className="visually-hidden">Colour</span>
          <select
            value={a.colour}
            onChange={(e) => void actions.setColour(a.id, Number(e.target.value) as ColourSlot)}
          >
            {COLOUR_SLOTS.map((slot) => (
              <option key={slot} value={slot}>
                {labels[slot]}
              </option>
            ))}
          </select>
        </label>
        {a.grade && (
          <span className="grade-badge" title={describeGrade(a.grade)}>
            {formatGrade(a.grade)}
          </span>
        )}
        <span
          className={`status-badge status-badge-${a.anchor.status}`}
          data-testid="anchor-status"
        >
          {STATUS_TEXT[a.anchor.status]}
        </span>
      </div>
      <button
        type="button"
        className="card-quote"
        onClick={reveal}
        title={
          a.anchor.status === 'orphaned'
            ? 'The passage is no longer in the text'
            : 'Show the passage'
        }
      >
        {a.selectors.quote.exact}
      </button>
      {nowReads !== null && (
        // The analyst confirms a drifted passage against what the text says now, not what it said.
        <p className="card-now-reads" data-testid="now-reads">
          <span className="report-label">Now reads</span> <q>{nowReads}</q>
        </p>
      )}
      {commentNotice && (
        <EditLeaseNotice notice={commentNotice} onAction={lease.takeOver}>
          <button type="button" className="button button-small button-quiet" onClick={closeEditor}>
            Stop waiting
          </button>
        </EditLeaseNotice>
      )}
      {editingComment ? (
        <Suspense fallback={null}>
          <CommentEditor
            initialHtml={editedHtml}
            label="Comment"
            onChange={changeComment}
            onDone={closeEditor}
          />
        </Suspense>
      ) : (
        commentHtml && (
          <div className="card-comment" dangerouslySetInnerHTML={{ __html: commentHtml }} />
        )
      )}
      {editor === 'tags' ? (
        <TagEditor
          tags={a.tags}
          suggestions={allTags}
          onAdd={(tag) => void actions.addTag(a.id, tag)}
          onRemove={(tag) => void actions.removeTag(a.id, tag)}
          onDone={closeEditor}
        />
      ) : (
        a.tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags">
            {a.tags.map((t) => (
              <li key={t} className="tag">
                #{t}
              </li>
            ))}
          </ul>
        )
      )}
      {editor === 'grade' && (
        <GradeEditor
          grade={a.grade}
          onChange={(g) => void actions.setGrade(a.id, g)}
          onDone={closeEditor}
        />
      )}
      <div className="card-foot">
        <span className="card-time">
          Created {formatDateTime(a.createdAt)}
          {edited && ` · edited ${formatDateTime(a.updatedAt)}`}
        </span>
        <span className="card-actions">
          {a.anchor.status === 'drifted' && (
            <button
              type="button"
              className="button button-small"
              onClick={() => void actions.confirm(a)}
            >
              Confirm
            </button>
          )}
          {a.anchor.status !== 'exact' && (
            <button
              type="button"
              className="button button-small"
              disabled={!ui.readerSelection}
              title={
                ui.readerSelection
                  ? 'Attach to the text selected in the reader'
                  : 'Select the passage in the reader first'
              }
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => ui.readerSelection && void actions.reattach(a.id, ui.readerSelection)}
            >
              Re-attach to selection
            </button>
          )}
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setEditor('comment')}
          >
            {a.commentHtml ? 'Edit comment' : 'Comment'}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setEditor('tags')}
          >
            Tags
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setEditor('grade')}
          >
            Grade
          </button>
          <button
            type="button"
            className="button button-small button-quiet button-danger"
            aria-label="Delete annotation"
            onClick={() => void actions.remove(a.id)}
          >
            Delete
          </button>
        </span>
      </div>
    </li>
  )
}

/** One comment's saver: a single-field update per write, the latest text always written next. */
function createCommentSaver(
  id: string,
  notify: (tone: 'error', message: string, options: NoticeOptions) => void,
  holdsLease: () => boolean
): NoteSaver<{ html: string; text: string }> {
  return new NoteSaver(
    async ({ html, text }) => {
      await db.annotations.update(id, {
        commentHtml: html,
        commentText: text,
        updatedAt: new Date().toISOString()
      })
    },
    (err) =>
      notify(
        'error',
        `The comment was not saved: ${err instanceof Error ? err.message : String(err)}`,
        { aboutArticle: true }
      ),
    {
      mayWrite: holdsLease,
      // Not written over the other window's comment, and not dropped unseen either: shown.
      onRefused: ({ text }) =>
        notify(
          'error',
          `Another window is editing this comment, so this text was not saved over it: “${text}”`,
          { aboutArticle: true, needsAnswer: true }
        )
    }
  )
}
