import Code from '@tiptap/extension-code'

/**
 * Tiptap's inline code mark without its Ctrl+E binding: Ctrl+E is the workbench's Export, and a
 * shortcut has one owner. The mark itself stays (Markdown-style `backticks` still make it), so
 * notes holding code keep it.
 */
export const InlineCode = Code.extend({
  addKeyboardShortcuts() {
    return {}
  }
})
