import DOMPurify from 'dompurify'
import type { ParsedArticle } from '@core/article/parse-plain-text'
import { normaliseSpace } from '@core/article/plain-text'
import type { ImportReportBuilder } from '@core/article/import-report'
import type { ImportReport } from '@shared/model/import-report'
import type { TextBlock } from '@shared/model/text-model'
import { readHtmlDocument, takeOutUnkept } from './html-document'

export interface HtmlImport extends ParsedArticle {
  /** Share of the visible text that survived sanitising (0..1). */
  keptShare: number
  /** What was not kept (and what an unclosed tag had hidden and was recovered). */
  report: ImportReport
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'BODY'
])
/** Never shown to a reader, so neither counted as visible nor kept. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE'])

/** Visible text of a parsed (never rendered, so never executed) document. */
export function visibleText(root: Node): string {
  let out = ''
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? ''
    else if (node.nodeType === Node.ELEMENT_NODE && !SKIP_TAGS.has((node as Element).tagName))
      node.childNodes.forEach(walk)
    out += ' '
  }
  walk(root)
  return normaliseSpace(out)
}

/** The text model of sanitised markup: one block per paragraph, heading, list item or quote. */
export function reduceToBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = []
  let inline = ''
  const flush = (kind: TextBlock['kind']): void => {
    const text = normaliseSpace(inline)
    if (text) blocks.push({ kind, text })
    inline = ''
  }
  const walk = (node: Node, kind: TextBlock['kind']): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      inline += node.textContent ?? ''
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const el = node as Element
    const tag = el.tagName
    if (SKIP_TAGS.has(tag)) return
    if (tag === 'BR' || tag === 'TD' || tag === 'TH') {
      // Table cells side by side are separate words, not one run-together string.
      inline += ' '
      if (tag === 'BR') return
    }
    if (!BLOCK_TAGS.has(tag)) {
      el.childNodes.forEach((c) => walk(c, kind))
      return
    }
    flush(kind)
    const heading = /^H([1-6])$/.exec(tag)
    if (heading) {
      const text = normaliseSpace(el.textContent ?? '')
      if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text })
      return
    }
    const inner: TextBlock['kind'] =
      tag === 'LI' ? 'list-item' : tag === 'BLOCKQUOTE' ? 'quote' : kind
    el.childNodes.forEach((c) => walk(c, inner))
    flush(inner)
  }
  walk(root, 'paragraph')
  flush('paragraph')
  return blocks
}

/**
 * DOMPurify with nothing that loads or draws kept: the result is only read for its text, and is
 * parsed inert by DOMPurify itself, so no handler runs and no image is fetched.
 */
export function sanitiseHtml(html: string): Node {
  return DOMPurify.sanitize(html, {
    RETURN_DOM: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'img', 'video', 'audio', 'svg', 'math'],
    FORBID_ATTR: ['style', 'src', 'srcset']
  })
}

/**
 * Sanitises HTML with DOMPurify (scripts and event handlers are removed before anything is
 * parsed into the live document) and reduces it to the text model. The title comes from
 * <title> or the first heading. The HTML is first read into an inert document that recovers
 * what an unclosed <style>, <script>, <textarea>, comment… swallowed (html-document.ts), and
 * what is not kept is counted in the report instead of vanishing.
 */
export function htmlToArticle(html: string, fallbackTitle: string): HtmlImport {
  const { doc, report } = readHtmlDocument(html)
  return htmlDocumentToArticle(doc, report, fallbackTitle)
}

/** htmlToArticle for a document already read (and recovered) by readHtmlDocument. */
export function htmlDocumentToArticle(
  doc: Document,
  report: ImportReportBuilder,
  fallbackTitle: string
): HtmlImport {
  // DOMParser documents are inert: nothing in them runs or loads, so measuring is safe.
  const rawText = visibleText(doc.body)
  const docTitle = normaliseSpace(doc.title ?? '')
  // A script in the head is as much left out as one in the body: both are counted.
  takeOutUnkept(doc.head, report)
  takeOutUnkept(doc.body, report)
  const blocks = reduceToBlocks(sanitiseHtml(doc.body.innerHTML))
  const keptText = normaliseSpace(blocks.map((b) => b.text).join(' '))
  const keptShare = rawText.length === 0 ? 1 : Math.min(1, keptText.length / rawText.length)
  const firstHeading = blocks[0]?.kind === 'heading' ? blocks[0] : undefined
  const title = docTitle || firstHeading?.text || fallbackTitle
  const body = firstHeading && firstHeading.text === title ? blocks.slice(1) : blocks
  return { title, blocks: body, keptShare, report: report.build() }
}
