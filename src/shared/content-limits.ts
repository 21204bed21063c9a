import { MAX_ARTICLE_BYTES } from './ipc-contract'

// One place for how much text each record may hold, wherever it enters (paste, import, the
// Update article text dialog, the comment and note editors, a backup restore). Above these
// sizes the reader, the search index and every start of the app slow down for everyone
// (the probe measured a 20 MB pasted article making each later start take 12 s), so the
// content is refused with a clear sentence and nothing is changed.

/**
 * Longest article text (UTF-16 code units, i.e. JavaScript string length). Equal to the 10 MB
 * file limit: a UTF-8 file of N bytes never decodes to more than N code units, so every text
 * file that passes the file limit fits, and a paste cannot bring in more than a file could.
 */
export const MAX_ARTICLE_TEXT_CHARS = MAX_ARTICLE_BYTES

/**
 * Longest comment on a passage (characters of its stored HTML, which is never shorter than its
 * plain text). A comment is a few sentences to a few pages; 100,000 characters is about 15,000
 * words, far above any real comment and far below what slows the annotation lists.
 */
export const MAX_COMMENT_CHARS = 100_000

/**
 * Largest briefing note (characters of its stored Tiptap JSON document, what IndexedDB and a
 * backup hold). A 5,000-paragraph note of 30-word paragraphs with 500 cited quotes (the note
 * bench) is about 1.6 million; 8 million leaves room for 5,000 paragraphs of 1,000 characters
 * each with their markup, and stays well under the article limit's weight in memory and at start.
 */
export const MAX_NOTE_CHARS = 8_000_000

/** The size of a note document as MAX_NOTE_CHARS counts it. */
export function noteDocChars(doc: unknown): number {
  return JSON.stringify(doc ?? null).length
}

/** "10,485,760 characters": limits as an analyst reads them in a message. */
export function formatChars(chars: number): string {
  return `${chars.toLocaleString('en')} ${chars === 1 ? 'character' : 'characters'}`
}

/**
 * The sentence shown when an article text is too long, or null when it fits.
 * `what` names the text: "The pasted text", "“report.txt”".
 */
export function articleTextTooLong(what: string, chars: number): string | null {
  if (chars <= MAX_ARTICLE_TEXT_CHARS) return null
  return `${what} has ${formatChars(chars)}; an article holds at most ${formatChars(MAX_ARTICLE_TEXT_CHARS)} (about 10 MB). Nothing was changed.`
}

/** The sentence shown when a comment is too long, or null when it fits. */
export function commentTooLong(chars: number): string | null {
  if (chars <= MAX_COMMENT_CHARS) return null
  return `This comment has ${formatChars(chars)}; a comment holds at most ${formatChars(MAX_COMMENT_CHARS)}. It was not saved: shorten it, or put the long text in a note.`
}

/** The sentence shown when a note is too large, or null when it fits. */
export function noteTooLarge(chars: number): string | null {
  if (chars <= MAX_NOTE_CHARS) return null
  return `This note has grown to ${formatChars(chars)} of stored content; a note holds at most ${formatChars(MAX_NOTE_CHARS)}. The last change was not saved: split the note in two.`
}

/** The sentence shown when a paste or drop would take a note over its limit (nothing was added). */
export function noteGrowthRefused(chars: number): string {
  return `This would make the note ${formatChars(chars)} of stored content; a note holds at most ${formatChars(MAX_NOTE_CHARS)}. Nothing was added: put the text in another note.`
}
