import { Extension, type CommandProps } from '@tiptap/core'
import { TextSelection, type Transaction } from '@tiptap/pm/state'
import { findInDoc, matchIndexFrom, type SearchOptions } from './find-matches'
import { findReplaceKey, findReplacePlugin, searchState, type FindReplaceMeta } from './plugin'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every occurrence; the current match is the first at or after the cursor. */
      setSearchTerm: (term: string, options?: Partial<SearchOptions>) => ReturnType
      /** Selects and scrolls to the next match, wrapping around. */
      findNext: () => ReturnType
      findPrevious: () => ReturnType
      /** Replaces the current match and moves on to the next one. */
      replaceCurrent: (replacement: string) => ReturnType
      /** Replaces every match in one undoable step. */
      replaceAll: (replacement: string) => ReturnType
      clearSearch: () => ReturnType
    }
  }
}

/** Find and replace within the note, with highlighted matches. */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addProseMirrorPlugins() {
    return [findReplacePlugin()]
  },

  addCommands() {
    const selectMatch = (tr: Transaction, from: number, to: number, index: number): void => {
      tr.setSelection(TextSelection.create(tr.doc, from, to))
      tr.setMeta(findReplaceKey, { type: 'select', current: index } satisfies FindReplaceMeta)
      tr.scrollIntoView()
    }
    const step =
      (direction: 1 | -1) =>
      () =>
      ({ state, tr, dispatch }: CommandProps) => {
        const { matches, current } = searchState(state)
        if (matches.length === 0) return false
        // Without a current match, "next" is the first after the cursor and "previous" the one before it.
        const base =
          current === -1
            ? matchIndexFrom(matches, state.selection.from) - (direction === 1 ? 1 : 0)
            : current
        const index = (base + direction + matches.length) % matches.length
        const match = matches[index]
        if (!match) return false
        if (dispatch) selectMatch(tr, match.from, match.to, index)
        return true
      }
    return {
      setSearchTerm:
        (term, options = {}) =>
        ({ state, tr, dispatch }) => {
          const previous = searchState(state)
          const resolved: SearchOptions = {
            caseSensitive: options.caseSensitive ?? previous.caseSensitive,
            wholeWord: options.wholeWord ?? previous.wholeWord
          }
          const current = matchIndexFrom(findInDoc(state.doc, term, resolved), state.selection.from)
          if (dispatch)
            tr.setMeta(findReplaceKey, {
              type: 'search',
              term,
              options: resolved,
              current
            } satisfies FindReplaceMeta)
          return true
        },
      findNext: step(1),
      findPrevious: step(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const { matches, current } = searchState(state)
          const match = matches[current]
          if (!match) return false
          if (dispatch) {
            tr.insertText(replacement, match.from, match.to)
            const search = searchState(state)
            const next = findInDoc(tr.doc, search.term, search)
            const index = matchIndexFrom(next, tr.mapping.map(match.to))
            const target = next[index]
            if (target) selectMatch(tr, target.from, target.to, index)
          }
          return true
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const { matches } = searchState(state)
          if (matches.length === 0) return false
          if (dispatch)
            // From the end, so earlier positions stay valid.
            for (const match of [...matches].reverse())
              tr.insertText(replacement, match.from, match.to)
          return true
        },
      clearSearch:
        () =>
        ({ state, tr, dispatch }) => {
          const { caseSensitive, wholeWord } = searchState(state)
          if (dispatch)
            tr.setMeta(findReplaceKey, {
              type: 'search',
              term: '',
              options: { caseSensitive, wholeWord },
              current: -1
            } satisfies FindReplaceMeta)
          return true
        }
    }
  }
})
