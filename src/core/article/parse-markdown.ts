import { Lexer, type Token, type Tokens } from 'marked'
import type { TextBlock } from '../../shared/model/text-model'
import { applyLineBreakRule, type LineBreakRule } from './line-break-rule'
import type { ParsedArticle } from './parse-plain-text'
import { normaliseSpace } from './plain-text'

/** Plain text of inline tokens: emphasis, links and code keep their words, lose their marks. */
function inlineText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback
  return tokens
    .map((t) => {
      if (t.type === 'image') return (t as Tokens.Image).text
      if (t.type === 'br') return ' '
      if (t.type === 'html') return ''
      if ('tokens' in t && Array.isArray(t.tokens))
        return inlineText(t.tokens, 'text' in t ? String(t.text) : '')
      return 'text' in t ? String(t.text) : ''
    })
    .join('')
}

function collect(tokens: readonly Token[], kind: TextBlock['kind'], out: TextBlock[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const h = token as Tokens.Heading
        out.push({
          kind: 'heading',
          level: h.depth,
          text: normaliseSpace(inlineText(h.tokens, h.text))
        })
        break
      }
      case 'paragraph':
      case 'text': {
        const p = token as Tokens.Paragraph
        out.push({ kind, text: normaliseSpace(inlineText(p.tokens, p.text)) })
        break
      }
      case 'blockquote':
        collect((token as Tokens.Blockquote).tokens, 'quote', out)
        break
      case 'list':
        for (const item of (token as Tokens.List).items) {
          const text = normaliseSpace(
            item.tokens.map((t) => ('tokens' in t ? inlineText(t.tokens, '') : '')).join(' ')
          )
          out.push({ kind: 'list-item', text })
        }
        break
      case 'code':
        out.push({ kind: 'paragraph', text: normaliseSpace((token as Tokens.Code).text) })
        break
      default:
        // html, hr, space and tables carry no prose of their own here.
        break
    }
  }
}

/**
 * Markdown to blocks: headings, paragraphs, list items and quotes, in order. A single line break
 * is soft wrapping unless the rule says each line is a paragraph.
 */
export function markdownBlocks(markdown: string, rule: LineBreakRule = 'blank-line'): TextBlock[] {
  const blocks: TextBlock[] = []
  const source = applyLineBreakRule(markdown.replace(/^\uFEFF/, ''), rule)
  collect(new Lexer().lex(source), 'paragraph', blocks)
  return blocks.filter((b) => b.text !== '')
}

/** Markdown article: the first heading (or else the first line) is the title. */
export function parseMarkdown(
  markdown: string,
  fallbackTitle = 'Untitled article',
  rule: LineBreakRule = 'blank-line'
): ParsedArticle {
  const nonEmpty = markdownBlocks(markdown, rule)
  const first = nonEmpty[0]
  if (first && first.kind === 'heading') return { title: first.text, blocks: nonEmpty.slice(1) }
  return {
    title: first?.text.slice(0, 120) || fallbackTitle,
    blocks: nonEmpty.slice(first ? 1 : 0)
  }
}
