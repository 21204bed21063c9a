import type { Node as PMNode } from '@tiptap/pm/model'
import { Decoration } from '@tiptap/pm/view'
import { lintText, type LintIssue } from '@core/notes/analytic-lint'
import { textblockText } from '../text/textblock-text'

/** The tooltip of an issue: its message and, for hedges, the terms to use instead. */
export function lintTitle(issue: LintIssue): string {
  if (issue.kind === 'vague-probability')
    return `${issue.message}\nStandard terms: ${issue.suggestions.join(', ')}.`
  return `${issue.message}\nFor example: ${issue.suggestions.join(' / ')}`
}

/** Inline decorations for the lint issues of one textblock whose content starts at `start`. */
export function blockLintDecorations(block: PMNode, start: number): Decoration[] {
  return lintText(textblockText(block)).map((issue) =>
    Decoration.inline(
      start + issue.from,
      start + issue.to,
      {
        class: `analytic-lint analytic-lint--${issue.kind}`,
        title: lintTitle(issue),
        'data-lint-kind': issue.kind
      },
      { issue }
    )
  )
}
