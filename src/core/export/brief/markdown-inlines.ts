import type { BriefInline, BriefMarks, BriefTextRun } from './brief-model'
import { codeSpan, escapeMarkdown, markdownHref } from './markdown-escape'

// Outermost first. Runs sharing a mark are wrapped together, so "**very *likely***" nests
// instead of butting delimiters against each other ("**very*****likely***").
const ORDER = ['underline', 'bold', 'italic', 'strike'] as const
const WRAP: Record<(typeof ORDER)[number], [string, string]> = {
  // GFM and pandoc have no underline syntax; both keep this raw HTML (pandoc as RawInline).
  underline: ['<u>', '</u>'],
  bold: ['**', '**'],
  italic: ['*', '*'],
  strike: ['~~', '~~']
}

function wrap(mark: (typeof ORDER)[number], inner: string): string {
  // Delimiters next to spaces do not count as emphasis: keep the spaces outside.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!
  if (core === '') return inner
  const [open, close] = WRAP[mark]
  return `${lead}${open}${core}${close}${trail}`
}

function renderRuns(runs: readonly BriefTextRun[], depth = 0): string {
  const mark = ORDER[depth]
  if (!mark)
    return runs.map((r) => (r.marks.code ? codeSpan(r.text) : escapeMarkdown(r.text))).join('')
  let out = ''
  let i = 0
  while (i < runs.length) {
    const has = (r: BriefTextRun): boolean => (r.marks as BriefMarks)[mark] === true
    const marked = has(runs[i]!)
    let j = i
    while (j < runs.length && has(runs[j]!) === marked) j++
    const inner = renderRuns(runs.slice(i, j), depth + 1)
    out += marked ? wrap(mark, inner) : inner
    i = j
  }
  return out
}

/**
 * Inline content as Markdown. Line breaks come out as "\\\n" (a backslash break, which GFM and
 * pandoc both read); the caller splits lines to prefix them inside lists and quotes.
 */
export function markdownInlines(inlines: readonly BriefInline[], lineBreak = '\\\n'): string {
  let out = ''
  let pending: BriefTextRun[] = []
  const flush = (): void => {
    out += renderRuns(pending)
    pending = []
  }
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      pending.push(inline)
      continue
    }
    flush()
    if (inline.kind === 'break') out += lineBreak
    else if (inline.kind === 'link')
      out += `[${renderRuns(inline.runs)}](${markdownHref(inline.href)})`
    else out += `“${escapeMarkdown(inline.quote)}”[^${inline.footnote}]`
  }
  flush()
  return out
}
