import type { Extensions } from '@tiptap/core'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { Placeholder } from '@tiptap/extensions'
import StarterKit from '@tiptap/starter-kit'
import { AnalyticLint } from './analytic-lint/analytic-lint'
import { CHUNK_TYPE } from './chunks/chunk-json'
import { NoteChunk, NoteDocument } from './chunks/note-chunk'
import { CitedQuote } from './cited-quote/cited-quote'
import { EventCard } from './event-card/event-card'
import { InlineCode } from './inline-code/inline-code'
import { FindReplace } from './find-replace/find-replace'
import { Guidance } from './guidance/guidance'
import { Likelihood } from './likelihood/likelihood'
import { LiveBlock } from './live-block/live-block'
import { EMPTY_LOOKUPS, type NoteLookups } from './live/note-lookups'
import { SlashMenu } from './slash-menu/slash-menu'
import { NoteTable } from './table/note-table'
import { NoteSizeLimit } from './size-limit/note-size-limit'

export interface NoteExtensionsOptions {
  /** Live records for cited quotes, event cards and live blocks. */
  lookups?: NoteLookups
  onOpenAnnotation?: (annotationId: string) => void
  onOpenEvent?: (eventId: string) => void
  /** Whether the analytic lint starts switched on (default on). */
  lintEnabled?: boolean
  /** Shown in an empty note. */
  placeholder?: string
  /** Told why a paste or drop was not let into the note (it would exceed MAX_NOTE_CHARS). */
  onTooLarge?: (message: string) => void
}

/**
 * Every extension of the note editor. The node and mark set must stay equal to NOTE_NODE_TYPES and
 * NOTE_MARK_TYPES of the current note schema version (a test checks): changing it means raising
 * CURRENT_NOTE_SCHEMA_VERSION with a migration.
 */
export function createNoteExtensions(options: NoteExtensionsOptions = {}): Extensions {
  const lookups = options.lookups ?? EMPTY_LOOKUPS
  const onOpenAnnotation = options.onOpenAnnotation ?? (() => {})
  const onOpenEvent = options.onOpenEvent ?? (() => {})
  return [
    StarterKit.configure({
      // The note's own top node: a long note is shown in chunks (see NoteChunk).
      document: false,
      // A long note's last chunk gets its trailing paragraph from NoteChunk.
      trailingNode: { notAfter: [CHUNK_TYPE] },
      heading: { levels: [1, 2, 3] },
      code: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['http', 'https', 'mailto', 'workbench']
      }
    }),
    InlineCode,
    NoteDocument,
    NoteChunk,
    TaskList,
    TaskItem.configure({ nested: true }),
    NoteTable,
    Guidance,
    Placeholder.configure({
      // Into chunks too; the stylesheet shows it only in a note of one empty paragraph.
      includeChildren: true,
      placeholder: options.placeholder ?? 'Write, or type / for blocks and judgments…'
    }),
    CitedQuote.configure({ lookups, onOpenAnnotation }),
    EventCard.configure({ lookups, onOpenEvent }),
    LiveBlock.configure({ lookups, onOpenEvent, onOpenAnnotation }),
    AnalyticLint.configure({ enabled: options.lintEnabled ?? true }),
    Likelihood,
    SlashMenu,
    FindReplace,
    NoteSizeLimit.configure({ onRefused: options.onTooLarge ?? (() => {}) })
  ]
}
