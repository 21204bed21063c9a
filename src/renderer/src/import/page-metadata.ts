import { normaliseSpace } from '@core/article/plain-text'
import { citableUrl } from './page-url'

/** What a saved page says about itself, each '' when it says nothing. */
export interface PageMetadata {
  title: string
  byline: string
  siteName: string
  publishedTime: string
  url: string
  lang: string
  dir: string
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|WebPage/i

/** The page's JSON-LD objects, nested @graph lists flattened; unreadable blocks are skipped. */
function jsonLdObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = []
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      out.push(value)
      if (value['@graph']) visit(value['@graph'])
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue
    try {
      // Some CMSs wrap the JSON in CDATA markers.
      visit(
        JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json
      )
    } catch {
      // A damaged block says nothing.
    }
  }
  return out
}

const text = (value: Json | undefined): string =>
  typeof value === 'string' ? normaliseSpace(value) : ''

/** Names from an author field: "Name", {name}, or a list of either. */
function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return [normaliseSpace(value)].filter(Boolean)
  if (Array.isArray(value)) return value.flatMap(names)
  if (value && typeof value === 'object') return names(value['name'])
  return []
}

function idOf(value: Json | undefined): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && !Array.isArray(value))
    return text(value['@id'] ?? value['url'])
  return ''
}

function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase()
      if (name.split(/\s+/).includes(key)) {
        const value = normaliseSpace(el.getAttribute('content') ?? '')
        if (value) return value
      }
    }
  }
  return ''
}

/**
 * Reads JSON-LD (NewsArticle and kin), Open Graph, `article:*`, `<meta name=author>`, Dublin
 * Core, the canonical link and the document's language and direction. Must run before the
 * document is neutralised, which removes `<link>`.
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdObjects(doc).find((o) => {
    const type = o['@type']
    const types = Array.isArray(type) ? type : [type]
    return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))
  })
  const publisher = ld?.['publisher']
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')
  const root = doc.documentElement
  return {
    title:
      text(ld?.['headline']) ||
      meta(doc, 'og:title', 'twitter:title', 'dc.title') ||
      normaliseSpace(doc.title ?? ''),
    byline: names(ld?.['author']).join(', ') || meta(doc, 'author', 'article:author', 'dc.creator'),
    siteName:
      meta(doc, 'og:site_name', 'application-name') ||
      (publisher && typeof publisher === 'object' && !Array.isArray(publisher)
        ? text(publisher['name'])
        : ''),
    publishedTime:
      text(ld?.['datePublished']) ||
      meta(doc, 'article:published_time', 'og:published_time', 'dc.date', 'date', 'pubdate'),
    url:
      citableUrl(canonical) ||
      citableUrl(meta(doc, 'og:url')) ||
      citableUrl(idOf(ld?.['mainEntityOfPage'])) ||
      citableUrl(text(ld?.['url'])),
    lang: normaliseSpace(root.getAttribute('lang') ?? root.getAttribute('xml:lang') ?? ''),
    dir: (root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase()
  }
}
