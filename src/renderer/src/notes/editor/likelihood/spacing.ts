/**
 * The text to insert so that it reads as its own word or sentence after `before` (the text just
 * before the cursor in its block): a space is added unless the cursor already follows a space,
 * an opening bracket or quote, or the start of the block.
 */
export function withLeadingSpace(before: string, text: string): string {
  if (before === '' || /[\s([{“‘"'\u00a0]$/u.test(before)) return text
  return ` ${text}`
}

/** Whether a confidence statement should start a new sentence: after text that did not end one. */
export function needsSentenceEnd(before: string): boolean {
  const trimmed = before.trimEnd()
  return trimmed !== '' && !/[.!?…:]["”’)]*$/u.test(trimmed)
}
