/** Every keyboard shortcut, as the Shortcuts dialog and the README list them. */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'F6 / Shift+F6', action: 'Move focus to the next / previous pane' },
  { keys: 'Ctrl+O', action: 'Import an article file' },
  { keys: 'Ctrl+Shift+V', action: 'Paste as new article' },
  { keys: 'Ctrl+L', action: 'Show or hide the library' },
  { keys: '? or F1', action: 'Show keyboard shortcuts' },
  { keys: 'Escape', action: 'Close a dialog' }
]
