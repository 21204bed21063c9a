import { ImportReportBuilder } from '@core/article/import-report'
import type { DroppedKind } from '@shared/model/import-report'

/**
 * Elements whose content the HTML parser reads as raw text (or, for <noscript> in a document
 * parsed without scripting, hides): left unclosed, each swallows the rest of the file, so
 * `<p>One</p><style><p>Two</p>` would keep only "One" once sanitised.
 */
const SWALLOWING = [
  'style',
  'script',
  'textarea',
  'title',
  'noscript',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext'
] as const

/** What is taken out of the document before sanitising, and the kind it is reported as. */
const DROPPED: Record<string, DroppedKind> = {
  SCRIPT: 'script',
  IFRAME: 'frame',
  FRAME: 'frame',
  FRAMESET: 'frame',
  OBJECT: 'frame',
  EMBED: 'frame',
  APPLET: 'frame',
  PORTAL: 'frame',
  FENCEDFRAME: 'frame',
  IMG: 'picture',
  PICTURE: 'picture',
  VIDEO: 'media',
  AUDIO: 'media',
  SVG: 'drawing',
  CANVAS: 'drawing',
  MATH: 'formula',
  INPUT: 'form-control',
  BUTTON: 'form-control',
  SELECT: 'form-control',
  TEMPLATE: 'template',
  NOSCRIPT: 'fallback',
  NOEMBED: 'fallback',
  NOFRAMES: 'fallback'
}
/** Presentation only: removed without a word, as no reader counts them as content. */
const SILENT = new Set(['STYLE', 'LINK', 'META', 'BASE', 'TITLE'])
/** Raw text a browser shows as it is: kept as preformatted text. */
const SHOWN_RAW = new Set(['XMP', 'PLAINTEXT', 'LISTING'])

/** Deeper than this, swallowed text is kept as plain text instead of being parsed again. */
const MAX_RECOVERY_DEPTH = 16

export interface ReadHtml {
  /** An inert document (DOMParser: nothing in it runs or loads), with swallowed content recovered. */
  doc: Document
  report: ImportReportBuilder
}

/**
 * Parses HTML into an inert document and recovers what an unclosed raw-text element or comment
 * swallowed: its text is parsed again as HTML (so the paragraphs it hid come back) and recorded
 * in the report. Nothing is rendered and nothing runs; the caller still sanitises the result.
 */
export function readHtmlDocument(html: string): ReadHtml {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const report = new ImportReportBuilder()
  recoverSwallowed(doc, html, report, 0)
  return { doc, report }
}

/** Whether the source's last opening of `tag` is never closed (it then runs to the end). */
function lastIsUnclosed(source: string, tag: string): boolean {
  if (tag === 'plaintext') return true
  const open = new RegExp(`<${tag}(?=[\\s/>])`, 'gi')
  let last = -1
  for (let m = open.exec(source); m; m = open.exec(source)) last = m.index
  if (last === -1) return false
  return !new RegExp(`</${tag}(?=[\\s/>])`, 'i').test(source.slice(last))
}

function recoverSwallowed(
  doc: Document,
  source: string,
  report: ImportReportBuilder,
  depth: number
): void {
  for (const tag of SWALLOWING) {
    if (!lastIsUnclosed(source, tag)) continue
    const all = doc.getElementsByTagName(tag)
    const el = all[all.length - 1]
    if (!el) continue
    // In a document parsed without scripting <noscript> holds elements: they are kept as they are.
    const markup = el.children.length > 0 ? null : (el.textContent ?? '')
    if (markup !== null && !/<[a-z!/]/i.test(markup) && !SHOWN_RAW.has(el.tagName)) continue
    report.recover(`<${tag}>`)
    const content = markup === null ? fragmentOf(doc, el) : parsed(doc, markup, report, depth)
    // An unclosed <title> or <style> in the head swallowed the whole page: it goes in the body.
    if (doc.head.contains(el)) {
      el.remove()
      doc.body.prepend(content)
    } else el.replaceWith(content)
  }
  const comment = lastComment(doc)
  if (comment && /<!--(?![\s\S]*-->)/.test(source) && /<[a-z]/i.test(comment.data)) {
    report.recover('<!-- comment')
    comment.replaceWith(parsed(doc, comment.data, report, depth))
  }
}

function fragmentOf(doc: Document, el: Element): DocumentFragment {
  const fragment = doc.createDocumentFragment()
  fragment.append(...Array.from(el.childNodes))
  return fragment
}

/** Swallowed markup read as HTML in its own inert document, its own unclosed tags recovered too. */
function parsed(
  doc: Document,
  markup: string,
  report: ImportReportBuilder,
  depth: number
): DocumentFragment | Text {
  if (depth >= MAX_RECOVERY_DEPTH) return doc.createTextNode(markup)
  const inner = new DOMParser().parseFromString(markup, 'text/html')
  recoverSwallowed(inner, markup, report, depth + 1)
  const fragment = doc.createDocumentFragment()
  // The head of a fragment holds what the parser put there (a <title>, <style>): its text too.
  for (const node of [...Array.from(inner.head.childNodes), ...Array.from(inner.body.childNodes)])
    fragment.append(doc.importNode(node, true))
  return fragment
}

function lastComment(doc: Document): Comment | null {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT)
  let last: Comment | null = null
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Comment
  return last
}

/**
 * Takes out of `root` everything that is not kept (scripts, frames, pictures, form controls…),
 * counting each kind in the report; raw text a browser shows (<xmp>) becomes preformatted text.
 * Runs before DOMPurify, which stays the guard: this pass only makes the loss visible.
 */
export function takeOutUnkept(root: Element, report: ImportReportBuilder): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected) continue
    const tag = el.tagName.toUpperCase()
    const kind = DROPPED[tag]
    if (kind) {
      report.drop(kind)
      el.remove()
    } else if (SILENT.has(tag)) el.remove()
    else if (SHOWN_RAW.has(tag)) {
      const pre = el.ownerDocument.createElement('pre')
      pre.textContent = el.textContent
      el.replaceWith(pre)
    }
  }
}
