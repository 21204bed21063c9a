/** Every keyboard shortcut, as the Shortcuts dialog and the README list them. */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Ctrl+K', action: 'Search everything, jump to an item or run a command' },
  {
    keys: 'F6 / Shift+F6',
    action: 'Move focus to the next / previous pane (its text, current card, row or item)'
  },
  { keys: 'Ctrl+O', action: 'Import an article file' },
  { keys: 'Ctrl+Shift+V', action: 'Paste as new article' },
  { keys: 'Ctrl+L', action: 'Show or hide the library' },
  { keys: 'Alt+1 / Alt+2 / Alt+3', action: 'Work mode: Read, Code events, Write' },
  { keys: 'Ctrl+E', action: 'Export a note, an article or everything' },
  {
    keys: 'Ctrl+K (in a note)',
    action: 'Add or edit a link (the note owns it; elsewhere it opens search)'
  },
  { keys: 'Arrows (in the article)', action: 'Move the reading caret' },
  { keys: 'Shift+Arrows', action: 'Select by character or line' },
  { keys: 'Ctrl+Shift+← / →', action: 'Select by word' },
  { keys: 'Alt+Shift+← / →', action: 'Select by sentence' },
  { keys: 'h or 1–5', action: 'Highlight the selection (last colour, or colour 1–5)' },
  { keys: 'c', action: 'Comment on the selection' },
  { keys: 't', action: 'Tag the selection' },
  { keys: 'g', action: 'Grade the selection (Admiralty)' },
  { keys: 'e', action: 'Tag an event from the selection' },
  { keys: 'Ctrl+Enter (in the event form)', action: 'Save the event' },
  {
    keys: 'Ctrl+Shift+E (in a field of the event form)',
    action: 'Cite the passage selected in the article for that field'
  },
  { keys: 'j / k', action: 'Next / previous annotation (brings the Annotations tab forward)' },
  {
    keys: '↓ / ↑ (on a card, an event row or a library item)',
    action: 'Move to the next / previous one'
  },
  { keys: 'Enter (on a card)', action: 'Show its passage in the article' },
  { keys: 'Delete (on a card)', action: 'Delete the annotation' },
  {
    keys: 'Delete (on a library item)',
    action: 'Delete the article, after saying what goes with it (undoable)'
  },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', action: 'Undo / redo' },
  { keys: '? or F1', action: 'Show keyboard shortcuts' },
  { keys: 'Escape', action: 'Close a dialog' }
]
