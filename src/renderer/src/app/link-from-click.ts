/**
 * The workbench:// link a click should open, or null. Inside an editable text (a note being
 * written) a plain click places the caret, as in any word processor; Ctrl/Cmd+click follows it.
 */
export function linkFromClick(event: MouseEvent): string | null {
  if (event.button !== 0 || !(event.target instanceof Element)) return null
  const anchor = event.target.closest('a[href^="workbench:"]')
  if (!anchor) return null
  const editing = anchor.closest('[contenteditable="true"]') !== null
  if (editing && !(event.ctrlKey || event.metaKey)) return null
  return anchor.getAttribute('href')
}
