import { useCallback, useMemo } from 'react'
import { createAnchorer } from '@core/anchoring'
import type { AdmiraltyGrade } from '@core/grading/admiralty'
import type { ArticleRecord } from '@shared/model/article'
import type { AnnotationRecord, ColourSlot, Motivation } from '@shared/model/annotation'
import { useNotices } from '../services/notices'
import { recordChange, undoStack } from '../services/undo'
import { createAnnotation } from '../db/commands/annotations/create-annotation'
import { deleteAnnotation } from '../db/commands/annotations/delete-annotation'
import { editAnnotationTags } from '../db/commands/annotations/edit-annotation-tags'
import type { TagEdit } from '@core/annotations/tag-edits'
import {
  updateAnnotation,
  type AnnotationPatch
} from '../db/commands/annotations/update-annotation'
import { db } from '../db/db'
import type { Span } from '../services/annotation-ui'
import { articlePlainText } from '../db/queries/article-plain-text'

export interface AnnotationActions {
  create: (
    span: Span,
    colour: ColourSlot,
    motivation: Motivation
  ) => Promise<AnnotationRecord | null>
  update: (id: string, patch: AnnotationPatch, label: string) => Promise<void>
  setColour: (id: string, colour: ColourSlot) => Promise<void>
  setGrade: (id: string, grade: AdmiraltyGrade | null) => Promise<void>
  /** Adds one tag to the record as stored (tags typed in quick succession all land). */
  addTag: (id: string, tag: string) => Promise<void>
  /** Removes one tag, whichever it is, from the record as stored. */
  removeTag: (id: string, tag: string) => Promise<void>
  remove: (id: string) => Promise<void>
  /** Points the annotation at a new span of the current text (re-attach an orphan, re-point a drifted one). */
  reattach: (id: string, span: Span) => Promise<void>
  /** Accepts a drifted anchor where it now lands. */
  confirm: (a: AnnotationRecord) => Promise<void>
  undo: () => Promise<void>
  redo: () => Promise<void>
}

/** Every annotation change, written at once and recorded for undo. */
export function useAnnotationActions(article: ArticleRecord | undefined): AnnotationActions {
  const { notify } = useNotices()
  const anchorer = useMemo(
    () => (article ? createAnchorer(articlePlainText(article.blocks)) : null),
    [article]
  )

  const guard = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work()
      } catch (err) {
        notify(
          'error',
          `The change was not saved: ${err instanceof Error ? err.message : String(err)}`,
          { aboutArticle: true }
        )
        return null
      }
    },
    [notify]
  )

  const update = useCallback(
    async (id: string, patch: AnnotationPatch, label: string) => {
      await guard(async () => {
        const { before, after } = await updateAnnotation(db, id, patch, new Date())
        recordChange(db.annotations, label, before, after)
      })
    },
    [guard]
  )

  const editTags = useCallback(
    async (id: string, edit: TagEdit) => {
      await guard(async () => {
        const change = await editAnnotationTags(db, id, edit, new Date())
        if (change) recordChange(db.annotations, 'tag annotation', change.before, change.after)
      })
    },
    [guard]
  )

  const create = useCallback(
    async (span: Span, colour: ColourSlot, motivation: Motivation) => {
      if (!article || !anchorer) return null
      const text = anchorer.text
      // Trim white space the mouse picked up at the edges: the quote is the words themselves.
      let { start, end } = span
      while (start < end && /\s/.test(text[start]!)) start++
      while (end > start && /\s/.test(text[end - 1]!)) end--
      if (end <= start) return null
      return guard(async () => {
        const record = await createAnnotation(
          db,
          { articleId: article.id, selectors: anchorer.describe(start, end), colour, motivation },
          new Date()
        )
        recordChange(db.annotations, 'create annotation', undefined, record)
        return record
      })
    },
    [article, anchorer, guard]
  )

  const remove = useCallback(
    async (id: string) => {
      await guard(async () => {
        const before = await deleteAnnotation(db, id)
        if (before) {
          recordChange(db.annotations, 'delete annotation', before, undefined)
          notify('info', 'Annotation deleted. Ctrl+Z brings it back.', { aboutArticle: true })
        }
      })
    },
    [guard, notify]
  )

  const reattach = useCallback(
    async (id: string, span: Span) => {
      if (!anchorer) return
      const selectors = anchorer.describe(span.start, span.end)
      await update(
        id,
        {
          selectors,
          anchor: {
            start: span.start,
            end: span.end,
            status: 'exact',
            score: 1,
            textHash: selectors.textHash
          }
        },
        're-attach annotation'
      )
    },
    [anchorer, update]
  )

  // One object while the article is the same: memoised cards compare their props by identity.
  return useMemo(
    () => ({
      create,
      update,
      setColour: (id, colour) => update(id, { colour }, 'recolour annotation'),
      setGrade: (id, grade) => update(id, { grade }, 'grade annotation'),
      addTag: (id, tag) => editTags(id, { add: tag }),
      removeTag: (id, tag) => editTags(id, { remove: tag }),
      remove,
      reattach,
      confirm: (a) => reattach(a.id, { start: a.anchor.start, end: a.anchor.end }),
      undo: async () => {
        await guard(() => undoStack.undo())
      },
      redo: async () => {
        await guard(() => undoStack.redo())
      }
    }),
    [create, update, editTags, remove, reattach, guard]
  )
}
