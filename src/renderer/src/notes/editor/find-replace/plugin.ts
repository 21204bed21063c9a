import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findInDoc, type SearchOptions, type TextRange } from './find-matches'

export interface FindReplaceState extends SearchOptions {
  term: string
  matches: TextRange[]
  /** Index into matches of the current one; -1 when there is none. */
  current: number
}

export type FindReplaceMeta =
  | { type: 'search'; term: string; options: SearchOptions; current: number }
  | { type: 'select'; current: number }

export const findReplaceKey = new PluginKey<FindReplaceState>('findReplace')

export const EMPTY_SEARCH: FindReplaceState = {
  term: '',
  caseSensitive: false,
  wholeWord: false,
  matches: [],
  current: -1
}

function clampIndex(index: number, length: number): number {
  if (length === 0) return -1
  return Math.min(Math.max(index, 0), length - 1)
}

/** Current search state of an editor state. */
export function searchState(state: EditorState): FindReplaceState {
  return findReplaceKey.getState(state) ?? EMPTY_SEARCH
}

/** Keeps the matches of the search term up to date and decorates them, the current one apart. */
export function findReplacePlugin(): Plugin<FindReplaceState> {
  return new Plugin<FindReplaceState>({
    key: findReplaceKey,
    state: {
      init: () => EMPTY_SEARCH,
      apply: (tr, previous) => {
        const meta = tr.getMeta(findReplaceKey) as FindReplaceMeta | undefined
        let next = previous
        if (meta?.type === 'search')
          next = {
            term: meta.term,
            ...meta.options,
            matches: findInDoc(tr.doc, meta.term, meta.options),
            current: meta.current
          }
        else if (tr.docChanged && previous.term !== '')
          // After an edit (a replacement included) the current index stays, so it points at the next match.
          next = { ...previous, matches: findInDoc(tr.doc, previous.term, previous) }
        if (meta?.type === 'select') next = { ...next, current: meta.current }
        if (next === previous) return previous
        return { ...next, current: clampIndex(next.current, next.matches.length) }
      }
    },
    props: {
      decorations: (state) => {
        const { matches, current } = searchState(state)
        if (matches.length === 0) return DecorationSet.empty
        return DecorationSet.create(
          state.doc,
          matches.map((m, i) =>
            Decoration.inline(m.from, m.to, {
              class: i === current ? 'find-match find-match--current' : 'find-match'
            })
          )
        )
      }
    }
  })
}
