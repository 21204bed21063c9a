import type { ImportReport } from '../../shared/model/import-report'
import type { TextBlock } from '../../shared/model/text-model'
import { applyLineBreakRule, type LineBreakRule } from './line-break-rule'
import { normaliseSpace } from './plain-text'

export interface ParsedArticle {
  title: string
  blocks: TextBlock[]
  /** What the converter could not keep, and why; absent when it kept everything. */
  report?: ImportReport
}

/**
 * Plain text: the first non-empty line is the title; the rest splits into paragraphs on blank
 * lines by default (a single line break inside a paragraph is soft wrapping, as in e-mail and
 * wire copy), or at every line break under the "each-line" rule.
 */
export function parsePlainText(
  text: string,
  fallbackTitle = 'Untitled article',
  rule: LineBreakRule = 'blank-line'
): ParsedArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
  const firstIndex = lines.findIndex((l) => l.trim() !== '')
  if (firstIndex === -1) return { title: fallbackTitle, blocks: [] }
  const title = normaliseSpace(lines[firstIndex] ?? '') || fallbackTitle
  return { title, blocks: plainTextBlocks(lines.slice(firstIndex + 1).join('\n'), rule) }
}

/** Paragraphs of plain text, split on blank lines (or at every line under "each-line"). */
export function plainTextBlocks(text: string, rule: LineBreakRule = 'blank-line'): TextBlock[] {
  return applyLineBreakRule(text.replace(/\r\n?/g, '\n'), rule)
    .split(/\n\s*\n/)
    .map((p) => normaliseSpace(p))
    .filter((p) => p !== '')
    .map((p): TextBlock => ({ kind: 'paragraph', text: p }))
}
