import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'

/** What the right-click menu reads from Electron's `context-menu` event. */
export type ContextMenuFacts = Pick<
  ContextMenuParams,
  | 'isEditable'
  | 'selectionText'
  | 'misspelledWord'
  | 'dictionarySuggestions'
  | 'editFlags'
  | 'linkURL'
>

export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void
  addToDictionary: (word: string) => void
  copyLink: (url: string) => void
}

/** Spelling suggestions offered at most, as Chromium's own menu does. */
const MAX_SUGGESTIONS = 5

/**
 * The right-click menu for what was clicked (Electron has none of its own): spelling suggestions
 * over a misspelled word, the edit commands in a text field (each enabled as Chromium says it
 * can run there), Copy over a selection, Copy Link Address over a link. The edit commands are
 * Electron roles, so they act on the page exactly as their keyboard shortcuts do.
 */
export function contextMenuTemplate(
  facts: ContextMenuFacts,
  actions: ContextMenuActions
): MenuItemConstructorOptions[] {
  const groups: MenuItemConstructorOptions[][] = []
  const flags = facts.editFlags
  if (facts.isEditable && facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    groups.push([
      ...(suggestions.length > 0
        ? suggestions.map((word) => ({
            label: word,
            click: () => actions.replaceMisspelling(word)
          }))
        : [{ label: 'No spelling suggestions', enabled: false }]),
      {
        label: 'Add to Dictionary',
        click: () => actions.addToDictionary(facts.misspelledWord)
      }
    ])
  }
  if (facts.isEditable) {
    groups.push([
      { role: 'undo', enabled: flags.canUndo },
      { role: 'redo', enabled: flags.canRedo }
    ])
    groups.push([
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { role: 'selectAll', enabled: flags.canSelectAll }
    ])
  } else if (facts.selectionText.trim() !== '') {
    groups.push([{ role: 'copy', enabled: flags.canCopy }])
  }
  if (facts.linkURL) {
    groups.push([{ label: 'Copy Link Address', click: () => actions.copyLink(facts.linkURL) }])
  }
  return groups.flatMap((group, i) => (i === 0 ? group : [{ type: 'separator' }, ...group]))
}
