import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import type { NoteDoc } from '@core/notes/note-json'
import { MAX_NOTE_CHARS, noteDocChars, noteGrowthRefused } from '@shared/content-limits'
import { MEASURE_NOTE_FROM } from '../../note-size-guard'
import { storedNoteDoc } from '../open-document'

export interface NoteSizeLimitOptions {
  /** Told why a paste, drop or other growth was not let into the note. */
  onRefused: (message: string) => void
}

export const noteSizeLimitKey = new PluginKey('noteSizeLimit')

/**
 * Why a paste or drop may not be let into the note, or null. Only these are checked: they can
 * bring megabytes at once. A key adds a few characters, and measuring a long note's JSON on each
 * would cost more than the key, so keys are left to the save's check (NoteView), which says the
 * last change was not saved; opening or restoring a note is never refused here.
 */
export function refusedGrowth(tr: Transaction): string | null {
  if (!tr.docChanged) return null
  const bulk = !!tr.getMeta('paste') || tr.getMeta('uiEvent') === 'drop'
  const size = tr.doc.content.size
  if (!bulk || size <= tr.before.content.size || size <= MEASURE_NOTE_FROM) return null
  // The editor's count is a lower bound of the stored size: over it, no need to serialise.
  const chars =
    size > MAX_NOTE_CHARS ? size : noteDocChars(storedNoteDoc(tr.doc.toJSON() as NoteDoc))
  return chars > MAX_NOTE_CHARS ? noteGrowthRefused(chars) : null
}

/**
 * Keeps a note under MAX_NOTE_CHARS where bulk text comes in: a paste or drop that would take the
 * note over is not let into the editor at all (nothing shown that could not be stored), and the
 * analyst is told why.
 */
export const NoteSizeLimit = Extension.create<NoteSizeLimitOptions>({
  name: 'noteSizeLimit',
  addOptions: () => ({ onRefused: () => {} }),
  addProseMirrorPlugins() {
    const { onRefused } = this.options
    return [
      new Plugin({
        key: noteSizeLimitKey,
        filterTransaction: (tr) => {
          const refused = refusedGrowth(tr)
          if (refused) onRefused(refused)
          return !refused
        }
      })
    ]
  }
})
