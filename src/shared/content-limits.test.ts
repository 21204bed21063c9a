import { describe, expect, it } from 'vitest'
import {
  MAX_ARTICLE_TEXT_CHARS,
  MAX_COMMENT_CHARS,
  MAX_NOTE_CHARS,
  articleTextTooLong,
  commentTooLong,
  noteDocChars,
  noteTooLarge
} from './content-limits'
import { MAX_ARTICLE_BYTES } from './ipc-contract'

describe('content limits', () => {
  it('lets every file that passes the file limit fit as article text, and refuses a 20 MB paste', () => {
    expect(MAX_ARTICLE_TEXT_CHARS).toBeGreaterThanOrEqual(MAX_ARTICLE_BYTES)
    expect(articleTextTooLong('The pasted text', MAX_ARTICLE_TEXT_CHARS)).toBeNull()
    expect(articleTextTooLong('The pasted text', 20 * 1024 * 1024)).toMatch(
      /^The pasted text has 20,971,520 characters; an article holds at most 10,485,760 characters/
    )
  })

  it('refuses a comment one character over the limit', () => {
    expect(commentTooLong(MAX_COMMENT_CHARS)).toBeNull()
    expect(commentTooLong(MAX_COMMENT_CHARS + 1)).toMatch(/at most 100,000 characters/)
  })

  it('fits a 5,000-paragraph note of long paragraphs and refuses one far larger', () => {
    const paragraph = (i: number): unknown => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `${i}. ${'word '.repeat(180)}`, marks: [{ type: 'bold' }] }]
    })
    const doc = { type: 'doc', content: Array.from({ length: 5_000 }, (_, i) => paragraph(i)) }
    expect(noteTooLarge(noteDocChars(doc))).toBeNull()
    expect(noteTooLarge(MAX_NOTE_CHARS + 1)).toMatch(/split the note in two/)
  })
})
