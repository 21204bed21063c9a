import { Lexer, type Token, type Tokens } from 'marked'
import type { ImportReport } from '../../shared/model/import-report'
import type { TextBlock } from '../../shared/model/text-model'
import { ImportReportBuilder, isEmptyReport } from './import-report'
import { applyLineBreakRule, type LineBreakRule } from './line-break-rule'
import type { ParsedArticle } from './parse-plain-text'
import { normaliseSpace } from './plain-text'

// Markdown is read by marked's CommonMark/GFM lexer; every kind of block it yields becomes text
// here (tables row by row, nested list items as list items, HTML as its text) so nothing the
// writer typed vanishes. Raw HTML is never rendered: its tags are taken out as text, by pattern.

/** HTML element names: these tags are markup and are taken out; any other `<Name>` is text. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside b bdi bdo big blockquote body br caption center cite code ' +
    'col colgroup data dd del details dfn dialog div dl dt em fieldset figcaption figure font ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i ins kbd label legend li main mark ' +
    'menu meter nav ol optgroup option output p pre progress q rp rt ruby s samp search section ' +
    'small span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var wbr'
  ).split(' ')
)
/** Inline elements: taking their tags out must not split the word they sit in. */
const INLINE_ELEMENTS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' '
  )
)
/** Elements whose content a reader never sees as text: reported, and left out with it. */
const HIDDEN_CONTENT: readonly [string, Parameters<ImportReportBuilder['drop']>[0]][] = [
  ['script', 'script'],
  ['style', 'html-markup'],
  ['iframe', 'frame'],
  ['object', 'frame'],
  ['svg', 'drawing'],
  ['math', 'formula'],
  ['template', 'template'],
  ['noscript', 'fallback']
]
const VOID_DROPPED: readonly [string, Parameters<ImportReportBuilder['drop']>[0]][] = [
  ['img', 'picture'],
  ['embed', 'frame'],
  ['input', 'form-control'],
  ['button', 'form-control'],
  ['video', 'media'],
  ['audio', 'media']
]

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”'
}

/** The common named and every numeric character reference, as a browser would show them. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : m
    }
    return ENTITIES[ref.toLowerCase()] ?? m
  })
}

/**
 * The text of raw HTML inside Markdown: scripts, styles and the like are reported and left out,
 * element tags are taken out (block tags become paragraph breaks), a tag that is not an HTML
 * element (`<Reuters>`) stays as written, and character references are decoded.
 */
export function htmlFragmentText(raw: string, report: ImportReportBuilder): string {
  let s = raw
  for (const [tag, kind] of HIDDEN_CONTENT) {
    s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), () => {
      if (tag !== 'style') report.drop(kind)
      return '\n\n'
    })
  }
  for (const [tag, kind] of VOID_DROPPED) {
    s = s.replace(new RegExp(`<${tag}\\b[^>]*>`, 'gi'), () => {
      report.drop(kind)
      return ' '
    })
  }
  s = s.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
  s = s.replace(/<\/?([a-z][a-z0-9-]*)\b[^<>]*>/gi, (tag, name: string) => {
    const lower = name.toLowerCase()
    if (!HTML_ELEMENTS.has(lower) && !/^(?:audio|video|button|embed|img|input)$/.test(lower))
      return tag
    if (INLINE_ELEMENTS.has(lower)) return ''
    return lower === 'br' || lower === 'td' || lower === 'th' ? ' ' : '\n\n'
  })
  return decodeEntities(s)
}

/** Plain text of inline tokens: emphasis, links and code keep their words, lose their marks. */
function inlineText(
  tokens: readonly Token[] | undefined,
  fallback: string,
  report: ImportReportBuilder
): string {
  if (!tokens) return decodeEntities(fallback)
  return tokens
    .map((t) => {
      if (t.type === 'image') return (t as Tokens.Image).text
      if (t.type === 'br') return ' '
      if (t.type === 'html') return htmlFragmentText((t as Tokens.HTML).raw, report)
      if (t.type === 'codespan') return (t as Tokens.Codespan).text
      if ('tokens' in t && Array.isArray(t.tokens))
        return inlineText(t.tokens, 'text' in t ? String(t.text) : '', report)
      return 'text' in t ? decodeEntities(String(t.text)) : ''
    })
    .join('')
}

function collect(
  tokens: readonly Token[],
  kind: TextBlock['kind'],
  out: TextBlock[],
  report: ImportReportBuilder
): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const h = token as Tokens.Heading
        out.push({
          kind: 'heading',
          level: h.depth,
          text: normaliseSpace(inlineText(h.tokens, h.text, report))
        })
        break
      }
      case 'paragraph':
      case 'text': {
        const p = token as Tokens.Paragraph
        out.push({ kind, text: normaliseSpace(inlineText(p.tokens, p.text, report)) })
        break
      }
      case 'blockquote':
        collect((token as Tokens.Blockquote).tokens, 'quote', out, report)
        break
      case 'list':
        for (const item of (token as Tokens.List).items) listItem(item, out, report)
        break
      case 'table': {
        // The text model has no tables: each row is a paragraph of its cells, header first.
        const t = token as Tokens.Table
        for (const row of [t.header, ...t.rows]) {
          const cells = row.map((c) => normaliseSpace(inlineText(c.tokens, c.text, report)))
          if (cells.some((c) => c !== '')) out.push({ kind, text: cells.join(' | ') })
        }
        break
      }
      case 'html':
        for (const part of htmlFragmentText((token as Tokens.HTML).raw, report).split(/\n\s*\n/))
          out.push({ kind, text: normaliseSpace(part) })
        break
      case 'code':
        out.push({ kind: 'paragraph', text: normaliseSpace((token as Tokens.Code).text) })
        break
      default:
        // hr, space and link definitions carry no prose.
        break
    }
  }
}

/** A list item's own text as one block, then its nested lists' items (the model has no levels). */
function listItem(item: Tokens.ListItem, out: TextBlock[], report: ImportReportBuilder): void {
  const own: string[] = []
  const nested: Token[] = []
  for (const t of item.tokens) {
    if (t.type === 'list' || t.type === 'table' || t.type === 'blockquote' || t.type === 'code')
      nested.push(t)
    else if (t.type === 'html') own.push(htmlFragmentText((t as Tokens.HTML).raw, report))
    else if ('tokens' in t && Array.isArray(t.tokens)) own.push(inlineText(t.tokens, '', report))
    else if ('text' in t) own.push(decodeEntities(String(t.text)))
  }
  const text = normaliseSpace(own.join(' '))
  if (text) out.push({ kind: 'list-item', text })
  collect(nested, 'list-item', out, report)
}

/**
 * Markdown to blocks: headings, paragraphs, list items and quotes, in order. A single line break
 * is soft wrapping unless the rule says each line is a paragraph.
 */
export function markdownBlocks(markdown: string, rule: LineBreakRule = 'blank-line'): TextBlock[] {
  return readMarkdown(markdown, rule).blocks
}

/** markdownBlocks with the report of what the Markdown's raw HTML held that is not kept. */
export function readMarkdown(
  markdown: string,
  rule: LineBreakRule = 'blank-line'
): { blocks: TextBlock[]; report: ImportReport } {
  const blocks: TextBlock[] = []
  const report = new ImportReportBuilder()
  const source = applyLineBreakRule(markdown.replace(/^\uFEFF/, ''), rule)
  collect(new Lexer({ gfm: true }).lex(source), 'paragraph', blocks, report)
  return { blocks: blocks.filter((b) => b.text !== ''), report: report.build() }
}

/** Markdown article: the first heading (or else the first line) is the title. */
export function parseMarkdown(
  markdown: string,
  fallbackTitle = 'Untitled article',
  rule: LineBreakRule = 'blank-line'
): ParsedArticle {
  const { blocks: nonEmpty, report } = readMarkdown(markdown, rule)
  const withReport = isEmptyReport(report) ? {} : { report }
  const first = nonEmpty[0]
  if (first && first.kind === 'heading')
    return { title: first.text, blocks: nonEmpty.slice(1), ...withReport }
  return {
    title: first?.text.slice(0, 120) || fallbackTitle,
    blocks: nonEmpty.slice(first ? 1 : 0),
    ...withReport
  }
}
