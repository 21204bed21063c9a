import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { pageDate } from '@core/article/page-date'
import { normaliseSpace } from '@core/article/plain-text'
import { directionOfText, languageOfScript } from '@core/article/text-direction'
import type { ArticleRecord } from '@shared/model/article'
import { readHtmlDocument, takeOutUnkept } from './html-document'
import { htmlToArticle, reduceToBlocks, sanitiseHtml, type HtmlImport } from './html-to-article'
import { neutraliseLoaders } from './inert-page'
import { readPageMetadata } from './page-metadata'
import { siteOfUrl } from './page-url'

/** The metadata fields a saved page fills in on its article record. */
export type WebPageDetails = Pick<ArticleRecord, 'source' | 'url' | 'byline' | 'publishedAt'> &
  Pick<ArticleRecord, 'lang' | 'dir'>

export interface WebPageImport extends HtmlImport {
  details: WebPageDetails
  /** Whether Readability found the article; false when the whole (sanitised) page was kept. */
  extracted: boolean
}

/**
 * Readability's own guard against pathological documents: past this many elements it throws and
 * the page is read the old way (sanitised whole), which is linear.
 */
const MAX_ELEMENTS = 100_000
/** Readability's default threshold: an article at least this long is taken as found. */
const MIN_ARTICLE_CHARS = 500
/**
 * A shorter article is taken when the page looks readerable, or when Readability left most of
 * the page's text out (it told an article from furniture). When it kept nearly everything, the
 * input was a fragment with nothing to leave out, and the fragment is read whole, as before.
 */
const MAX_FOUND_SHARE = 0.5
/** A byline longer than this is a paragraph Readability mistook for one. */
const MAX_BYLINE_CHARS = 200

/**
 * A saved web page as an article: Readability finds the article in an inert copy of the page
 * (nothing runs or loads, see inert-page.ts), DOMPurify sanitises what it found, and the text
 * model is built from that. The page's metadata fills title, site, byline, URL, date, language
 * and direction. A fragment where Readability finds no article is read whole, as before.
 */
export function webPageToArticle(html: string, fallbackTitle: string): WebPageImport {
  // Inert, with what an unclosed <style>, <script>, comment… swallowed read back as markup.
  const { doc, report } = readHtmlDocument(html)
  // Readability removes the page's scripts without a word: they are counted here.
  report.drop('script', doc.getElementsByTagName('script').length)
  const meta = readPageMetadata(doc)
  neutraliseLoaders(doc)
  const readerable = isProbablyReaderable(doc)
  const pageChars = textLength(doc.body)
  let found: ReturnType<Readability['parse']> = null
  try {
    found = new Readability(doc, { maxElemsToParse: MAX_ELEMENTS, keepClasses: false }).parse()
  } catch {
    found = null
  }
  const content = found?.content ?? ''
  const foundText = normaliseSpace(found?.textContent ?? '')
  const useFound =
    content !== '' &&
    foundText.length > 0 &&
    (readerable ||
      foundText.length >= MIN_ARTICLE_CHARS ||
      foundText.length < pageChars * MAX_FOUND_SHARE)

  let base: HtmlImport
  if (useFound) {
    const article = new DOMParser().parseFromString(content, 'text/html')
    takeOutUnkept(article.body, report)
    const blocks = reduceToBlocks(sanitiseHtml(article.body.innerHTML))
    const keptText = normaliseSpace(blocks.map((b) => b.text).join(' '))
    // Here the share measures what sanitising removed from the article Readability found, not
    // the page furniture it left out on purpose.
    const keptShare = foundText.length === 0 ? 1 : Math.min(1, keptText.length / foundText.length)
    const title = normaliseSpace(found?.title ?? '') || meta.title || fallbackTitle
    const first = blocks[0]
    const body = first?.kind === 'heading' && sameText(first.text, title) ? blocks.slice(1) : blocks
    base = { title, blocks: body, keptShare, report: report.build() }
  } else {
    // Readability changed `doc`: the page is read again, whole.
    base = htmlToArticle(html, fallbackTitle)
    if (meta.title) base = { ...base, title: meta.title }
  }

  const url = meta.url
  const byline = normaliseSpace((useFound ? found?.byline : '') || meta.byline || '')
  const bodyText = base.blocks
    .slice(0, 40)
    .map((b) => b.text)
    .join(' ')
  const declaredDir = normaliseSpace((useFound ? found?.dir : '') || meta.dir || '').toLowerCase()
  const dir =
    declaredDir === 'rtl' || declaredDir === 'ltr' ? declaredDir : directionOfText(bodyText)
  const lang =
    normaliseSpace((useFound ? found?.lang : '') || meta.lang || '') ||
    languageOfScript(bodyText) ||
    ''
  const details: WebPageDetails = {
    source: normaliseSpace(found?.siteName ?? '') || meta.siteName || siteOfUrl(url),
    url,
    byline: byline.length <= MAX_BYLINE_CHARS ? byline : '',
    publishedAt: pageDate(found?.publishedTime) || pageDate(meta.publishedTime),
    ...(lang ? { lang } : {}),
    ...(dir ? { dir } : {})
  }
  return {
    ...base,
    title: withoutSiteName(base.title, details.source),
    details,
    extracted: useFound
  }
}

/**
 * "Obama admits… - BBC News" → "Obama admits…": a page's own title often ends with its site's
 * name, which the article record keeps apart as its source. Only that exact name after a
 * separator is taken off, never a title that is nothing else.
 */
export function withoutSiteName(title: string, site: string): string {
  if (!site) return title
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const trimmed = title.replace(new RegExp(`\\s+[-|–—:·]+\\s+${escaped}\\s*$`, 'i'), '')
  return trimmed.trim() === '' ? title : trimmed
}

/** Characters of text a reader of the page sees (scripts, styles and no-script fallbacks left out). */
function textLength(root: Node | null): number {
  let out = ''
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? ''
    else if (node.nodeType === Node.ELEMENT_NODE && !UNSEEN.has((node as Element).tagName))
      node.childNodes.forEach(walk)
    out += ' '
  }
  if (root) walk(root)
  return normaliseSpace(out).length
}
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'])

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => normaliseSpace(s).toLowerCase()
  return norm(a) === norm(b)
}
