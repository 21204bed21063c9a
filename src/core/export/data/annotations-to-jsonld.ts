import type { ArticleRecord } from '../../../shared/model/article'
import type { AnnotationRecord, Motivation } from '../../../shared/model/annotation'
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
  const anchorers = new Map<string, Anchorer>()
  const anchorerFor = (articleId: string): Anchorer | null => {
    const entry = articles.get(articleId)
    if (!entry) return null
    let anchorer = anchorers.get(articleId)
    if (!anchorer) {
      anchorer = createAnchorer(plainText(entry.article.blocks))
      anchorers.set(articleId, anchorer)
    }
    return anchorer
  }
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
        annotationJson(a, placement, articles.get(a.articleId)?.article)
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

function annotationJson(
  a: AnnotationRecord,
  placement: Placement,
  article: ArticleRecord | undefined
): Record<string, unknown> {
  const bodies = annotationBodies(a, placement)
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
      // Only a web address goes out as the source: other tools render it as a link.
      source: safeWebUrl(article?.url) ?? deepLinkFor({ articleId: a.articleId }),
      // A passage of a PDF article also names its page of the original (RFC 3778 fragment).
      selector: [...placement.selector, ...pdfPageSelector(article, placement.anchor)]
    }
  }
}
