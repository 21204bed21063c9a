import { Extension } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import {
  confidenceStatement,
  isConfidenceLevel,
  isLikelihoodTerm,
  type ConfidenceLevel,
  type LikelihoodTerm
} from '@core/notes/icd203'
import { needsSentenceEnd, withLeadingSpace } from './spacing'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    likelihood: {
      /** Inserts an ICD 203 likelihood term at the cursor, replacing any selection. */
      insertLikelihood: (term: LikelihoodTerm) => ReturnType
      /** Inserts the standard confidence statement as a sentence of its own. */
      insertConfidence: (level: ConfidenceLevel) => ReturnType
    }
  }
}

/** The text of the cursor's block before the cursor. */
function textBeforeCursor(state: EditorState): string {
  const { $from } = state.selection
  return $from.parent.textBetween(0, $from.parentOffset, undefined, '\uFFFC')
}

/** Commands that write the standard wording for likelihood and confidence. */
export const Likelihood = Extension.create({
  name: 'likelihood',

  addCommands() {
    return {
      insertLikelihood:
        (term) =>
        ({ state, tr, dispatch }) => {
          if (!isLikelihoodTerm(term)) return false
          // insertText (not insertContent) so the term takes the marks at the cursor and is never parsed as HTML.
          if (dispatch) tr.insertText(withLeadingSpace(textBeforeCursor(state), term))
          return true
        },
      insertConfidence:
        (level) =>
        ({ state, tr, dispatch }) => {
          if (!isConfidenceLevel(level)) return false
          const before = textBeforeCursor(state)
          // A confidence statement never shares a sentence with the likelihood it qualifies.
          const prefix = needsSentenceEnd(before) ? '.' : ''
          if (dispatch)
            tr.insertText(prefix + withLeadingSpace(before + prefix, confidenceStatement(level)))
          return true
        }
    }
  }
})
