import { MAX_NOTE_CHARS, noteDocChars, noteTooLarge } from '@shared/content-limits'

/**
 * Below this editor size (ProseMirror's count: characters plus two per block) a note's stored
 * JSON is not measured: serialising a long note on every save would cost more than the keystroke,
 * and a note this size is far below the limit in any ordinary markup.
 */
export const MEASURE_NOTE_FROM = MAX_NOTE_CHARS / 8

/**
 * Why a changed note may not be saved, or null: over MAX_NOTE_CHARS of stored JSON (the editor
 * size is a lower bound of it, so a note already over by that count is refused unmeasured).
 */
export function noteSizeProblem(change: { size: number; read: () => unknown }): string | null {
  if (change.size > MAX_NOTE_CHARS) return noteTooLarge(change.size)
  if (change.size <= MEASURE_NOTE_FROM) return null
  return noteTooLarge(noteDocChars(change.read()))
}
