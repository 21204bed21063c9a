import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { DecorationSet, type Decoration } from '@tiptap/pm/view'
import { changedRanges } from './changed-ranges'
import { blockLintDecorations } from './lint-decorations'

export interface AnalyticLintState {
  enabled: boolean
  decorations: DecorationSet
}

/** Meta set on a transaction to switch the lint on or off. */
export interface AnalyticLintMeta {
  enabled: boolean
}

export const analyticLintKey = new PluginKey<AnalyticLintState>('analyticLint')

function lintWholeDocument(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    decorations.push(...blockLintDecorations(node, pos + 1))
    return false
  })
  return DecorationSet.create(doc, decorations)
}

/** Maps the old decorations and re-lints only the textblocks the transaction touched. */
function relintChangedBlocks(tr: Transaction, previous: DecorationSet): DecorationSet {
  let decorations = previous.map(tr.mapping, tr.doc)
  const seen = new Set<number>()
  for (const { from, to } of changedRanges(tr)) {
    tr.doc.nodesBetween(from, to, (node, pos) => {
      if (!node.isTextblock) return true
      if (seen.has(pos)) return false
      seen.add(pos)
      const end = pos + node.nodeSize
      decorations = decorations.remove(decorations.find(pos, end))
      decorations = decorations.add(tr.doc, blockLintDecorations(node, pos + 1))
      return false
    })
  }
  return decorations
}

/** Decorates analytic-writing issues (core lintText) in every textblock while enabled. */
export function analyticLintPlugin(initiallyEnabled: boolean): Plugin<AnalyticLintState> {
  return new Plugin<AnalyticLintState>({
    key: analyticLintKey,
    state: {
      init: (_config, state) => ({
        enabled: initiallyEnabled,
        decorations: initiallyEnabled ? lintWholeDocument(state.doc) : DecorationSet.empty
      }),
      apply: (tr, previous) => {
        const meta = tr.getMeta(analyticLintKey) as AnalyticLintMeta | undefined
        const enabled = meta?.enabled ?? previous.enabled
        if (!enabled)
          return previous.enabled ? { enabled, decorations: DecorationSet.empty } : previous
        if (!previous.enabled) return { enabled, decorations: lintWholeDocument(tr.doc) }
        if (!tr.docChanged) return previous
        return { enabled, decorations: relintChangedBlocks(tr, previous.decorations) }
      }
    },
    props: {
      decorations: (state) => analyticLintKey.getState(state)?.decorations ?? DecorationSet.empty
    }
  })
}
