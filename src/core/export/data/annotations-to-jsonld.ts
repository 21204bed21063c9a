import type { ArticleRecord } from '../../../shared/model/article'
import {
  DEFAULT_COLOUR_LABELS,
  type AnnotationRecord,
  type Motivation
} from '../../../shared/model/annotation'
import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/model/anchor'
import { codePointOffsets } from '../../article/code-point-offsets'
import { createAnchorer, type Anchorer } from '../../anchoring/create-anchorer'
import { plainText } from '../../article/plain-text'
import { deepLinkFor } from '../deep-link'
import type { ExportContext, ExportData } from '../export-data'
import { annotationBodies } from './annotation-bodies'
import { placeAnnotation, type Placement } from './annotation-placement'
import { generatorName } from './generator-name'
import { pdfPageSelector } from './pdf-page-selector'
import { safeWebUrl } from '../safe-href'
import { workbenchUuid } from './workbench-uuid'

export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

// Ours are a subset of the W3C motivations; the table makes a new one of ours a type error here.
const W3C_MOTIVATION: Record<Motivation, string> = {
  highlighting: 'highlighting',
  commenting: 'commenting',
  tagging: 'tagging',
  assessing: 'assessing'
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The annotation's IRI: `urn:uuid:` of its id (the app's ids are UUIDs; other ids get a UUIDv5).
 * Not the deep link: `workbench://article/<a>#annotation=<id>` names a place in one installation's
 * article view (a fragment of the article, by IRI rules), while an annotation's id must identify
 * the annotation itself wherever the file travels. The deep link is given as `canonical`.
 */
export function annotationIri(id: string): string {
  return `urn:uuid:${UUID.test(id) ? id.toLowerCase() : workbenchUuid(`annotation:${id}`)}`
}

/**
 * W3C Web Annotation JSON-LD: one AnnotationCollection whose first AnnotationPage holds every
 * annotation, by article then position. Selectors describe where each passage is in the article's
 * current text (see placeAnnotation); the target's source is the article's URL, else its deep link.
 */
export function annotationsToJsonLd(data: ExportData, ctx: ExportContext): string {
  const articles = new Map(data.articles.map((a, i) => [a.id, { article: a, order: i }]))
  const anchorers = new Map<string, { anchorer: Anchorer; toCodePoints: (n: number) => number }>()
  const textOf = (articleId: string) => {
    const entry = articles.get(articleId)
    if (!entry) return null
    let text = anchorers.get(articleId)
    if (!text) {
      const plain = plainText(entry.article.blocks)
      text = { anchorer: createAnchorer(plain), toCodePoints: codePointOffsets(plain) }
      anchorers.set(articleId, text)
    }
    return text
  }
  const anchorerFor = (articleId: string): Anchorer | null => textOf(articleId)?.anchorer ?? null
  const labels = ctx.colourLabels ?? DEFAULT_COLOUR_LABELS
  const placed = data.annotations.map((a) => ({
    a,
    placement: placeAnnotation(a, anchorerFor(a.articleId))
  }))
  const order = (articleId: string): number => articles.get(articleId)?.order ?? articles.size
  const startOf = (p: Placement): number =>
    p.anchor.status === 'orphaned' ? Infinity : p.anchor.start
  placed.sort(
    (x, y) =>
      order(x.a.articleId) - order(y.a.articleId) ||
      x.a.articleId.localeCompare(y.a.articleId) ||
      startOf(x.placement) - startOf(y.placement) ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0)
  )
  const ids = placed.map(({ a }) => a.id)
  const key = [...ids].sort().join(',')
  const collection = {
    '@context': W3C_ANNO_CONTEXT,
    id: `urn:uuid:${workbenchUuid(`annotation-collection:${key}`)}`,
    type: 'AnnotationCollection',
    label: collectionLabel(data.articles, placed.length),
    total: placed.length,
    created: ctx.now,
    generator: {
      id: `urn:uuid:${workbenchUuid('software:analyst-workbench')}`,
      type: 'Software',
      name: generatorName(ctx)
    },
    first: {
      id: `urn:uuid:${workbenchUuid(`annotation-page:${key}`)}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: placed.map(({ a, placement }) =>
        annotationJson(a, placement, {
          article: articles.get(a.articleId)?.article,
          toCodePoints: textOf(a.articleId)?.toCodePoints ?? null,
          colourLabel: labels[a.colour] ?? DEFAULT_COLOUR_LABELS[a.colour]
        })
      )
    }
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}

function collectionLabel(articles: readonly ArticleRecord[], count: number): string {
  const what = `${count} ${count === 1 ? 'annotation' : 'annotations'}`
  if (articles.length === 1) return `${what} on “${articles[0]!.title}”`
  return `${what} on ${articles.length} articles`
}

interface AnnotationSetting {
  article: ArticleRecord | undefined
  /** UTF-16 offsets of the article's current text to code points; null when it is not exported. */
  toCodePoints: ((utf16Offset: number) => number) | null
  colourLabel: string
}

function annotationJson(
  a: AnnotationRecord,
  placement: Placement,
  { article, toCodePoints, colourLabel }: AnnotationSetting
): Record<string, unknown> {
  const bodies = annotationBodies(a, placement, colourLabel)
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: W3C_MOTIVATION[a.motivation],
    created: a.createdAt,
    modified: a.updatedAt,
    creator: { type: 'Person', name: a.creator },
    canonical: deepLinkFor({ articleId: a.articleId, annotationId: a.id }),
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: sourceJson(a.articleId, article),
      // A passage of a PDF article also names its page of the original (RFC 3778 fragment).
      selector: [
        ...w3cSelectors(placement.selector, toCodePoints),
        ...pdfPageSelector(article, placement.anchor)
      ]
    }
  }
}

/**
 * The annotated document: its web address (only a web address goes out, as other tools render it
 * as a link; else the workbench deep link), with its title as the label so a reader of the file
 * knows which report each passage is from, and its language and direction when known.
 */
function sourceJson(
  articleId: string,
  article: ArticleRecord | undefined
): Record<string, unknown> {
  const id = safeWebUrl(article?.url) ?? deepLinkFor({ articleId })
  if (!article) return { id, type: 'Text' }
  const label = [article.title, article.source].filter((s) => s.trim() !== '').join(' — ')
  return {
    id,
    type: 'Text',
    ...(label ? { label } : {}),
    ...(article.lang ? { language: article.lang } : {}),
    ...(article.dir ? { textDirection: article.dir } : {})
  }
}

/**
 * The selectors as the W3C model counts: positions in code points (the app counts UTF-16 units,
 * one more per emoji), no empty context (an absent prefix says "start of text" as well, and some
 * readers treat "" as a context to match), and no position at all when the text is not exported
 * (the stored one cannot be converted, and a wrong one would point at another passage).
 */
function w3cSelectors(
  selectors: readonly (TextQuoteSelector | TextPositionSelector)[],
  toCodePoints: ((utf16Offset: number) => number) | null
): Record<string, unknown>[] {
  return selectors.flatMap((s): Record<string, unknown>[] => {
    if (s.type === 'TextQuoteSelector') {
      return [
        {
          type: s.type,
          exact: s.exact,
          ...(s.prefix ? { prefix: s.prefix } : {}),
          ...(s.suffix ? { suffix: s.suffix } : {})
        }
      ]
    }
    if (!toCodePoints) return []
    return [{ type: s.type, start: toCodePoints(s.start), end: toCodePoints(s.end) }]
  })
}
