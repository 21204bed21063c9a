import { Extension } from '@tiptap/core'
import { analyticLintKey, analyticLintPlugin, type AnalyticLintMeta } from './plugin'

export interface AnalyticLintOptions {
  /** Whether the lint starts switched on. */
  enabled: boolean
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    analyticLint: {
      /** Switches the analytic-writing lint on or off. */
      setAnalyticLint: (enabled: boolean) => ReturnType
      toggleAnalyticLint: () => ReturnType
    }
  }
}

/** Whether the lint is on in an editor state. */
export function isAnalyticLintEnabled(
  state: Parameters<typeof analyticLintKey.getState>[0]
): boolean {
  return analyticLintKey.getState(state)?.enabled ?? false
}

/**
 * Marks sentences that mix a likelihood term with a confidence level and hedges that give no
 * probability (ICD 203), as the analyst writes. Only changed textblocks are re-checked.
 */
export const AnalyticLint = Extension.create<AnalyticLintOptions>({
  name: 'analyticLint',

  addOptions() {
    return { enabled: true }
  },

  addProseMirrorPlugins() {
    return [analyticLintPlugin(this.options.enabled)]
  },

  addCommands() {
    return {
      setAnalyticLint:
        (enabled) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(analyticLintKey, { enabled } satisfies AnalyticLintMeta)
          return true
        },
      toggleAnalyticLint:
        () =>
        ({ tr, state, dispatch }) => {
          const enabled = !isAnalyticLintEnabled(state)
          if (dispatch) tr.setMeta(analyticLintKey, { enabled } satisfies AnalyticLintMeta)
          return true
        }
    }
  }
})
