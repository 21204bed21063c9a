import { plainText } from '../article/plain-text'
import { formatGrade } from '../grading/admiralty'
import { findCountry } from '../suggest/place-gazetteer'
import type { AnnotationRecord } from '../../shared/model/annotation'
import type { ArticleRecord } from '../../shared/model/article'
import type { EventActor, EventRecord } from '../../shared/model/event'
import type { NoteRecord } from '../../shared/model/note'
import { noteSearchText } from './note-search-text'

export type SearchKind = 'article' | 'annotation' | 'event' | 'note'

/**
 * One searchable item. Three text fields are indexed: `title` (what the hit is called), `body`
 * (its main text) and `meta` (names, places, tags, sources: words that describe it).
 */
export interface SearchDocument {
  /** `${kind}:${recordId}`: unique across kinds, since records of different tables may share ids. */
  id: string
  kind: SearchKind
  recordId: string
  /** The article the item belongs to; null for a note that stands across articles. */
  articleId: string | null
  title: string
  body: string
  meta: string
}

export interface SearchRecords {
  articles?: readonly ArticleRecord[]
  annotations?: readonly AnnotationRecord[]
  events?: readonly EventRecord[]
  notes?: readonly NoteRecord[]
}

/** The search document id of a record. */
export function searchDocumentId(kind: SearchKind, recordId: string): string {
  return `${kind}:${recordId}`
}

const joined = (parts: readonly (string | null | undefined)[], separator = ' · '): string =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(separator)

/** An article: its title, full text, source and byline. */
export function articleSearchDocument(a: ArticleRecord): SearchDocument {
  return {
    id: searchDocumentId('article', a.id),
    kind: 'article',
    recordId: a.id,
    articleId: a.id,
    title: a.title,
    body: plainText(a.blocks),
    meta: joined([a.source, a.byline])
  }
}

/** An annotation: the quoted passage, the comment, tags and grade. */
export function annotationSearchDocument(a: AnnotationRecord): SearchDocument {
  return {
    id: searchDocumentId('annotation', a.id),
    kind: 'annotation',
    recordId: a.id,
    articleId: a.articleId,
    title: a.selectors.quote.exact,
    body: a.commentText,
    meta: joined([...a.tags.map((t) => `#${t}`), a.grade ? formatGrade(a.grade) : null], ' ')
  }
}

const countryName = (code: string): string => findCountry(code)?.name ?? code

/** "Air/drone strike — Amadiya, Iraq · 2024-05-03": how an event is named in lists of hits. */
export function eventTitle(e: EventRecord): string {
  const what = e.subEventType || e.eventType || 'Untyped event'
  const where = joined(
    [e.location || e.admin1, e.countryCode ? countryName(e.countryCode) : ''],
    ', '
  )
  return joined([where ? `${what} — ${where}` : what, e.eventDate || 'undated'])
}

const actorName = (a: EventActor | null): string => a?.name ?? ''

/** An event: every text field a coder fills in, country names spelled out. */
export function eventSearchDocument(e: EventRecord): SearchDocument {
  return {
    id: searchDocumentId('event', e.id),
    kind: 'event',
    recordId: e.id,
    articleId: e.articleId,
    title: eventTitle(e),
    body: joined([e.notes, e.fatalitiesPhrase ? `Fatalities: ${e.fatalitiesPhrase}` : '']),
    meta: joined([
      e.eventType,
      actorName(e.actor1),
      actorName(e.assocActor1),
      actorName(e.actor2),
      actorName(e.assocActor2),
      e.admin1,
      e.sourceName,
      ...e.tags.map((t) => `#${t}`)
    ])
  }
}

/** A briefing note: its title and the plain text of its document. */
export function noteSearchDocument(n: NoteRecord): SearchDocument {
  return {
    id: searchDocumentId('note', n.id),
    kind: 'note',
    recordId: n.id,
    articleId: n.articleId,
    title: n.title,
    body: noteSearchText(n.doc),
    meta: ''
  }
}

/** Every record as a search document: articles, then annotations, events and notes. */
export function searchDocumentsFrom(records: SearchRecords): SearchDocument[] {
  return [
    ...(records.articles ?? []).map(articleSearchDocument),
    ...(records.annotations ?? []).map(annotationSearchDocument),
    ...(records.events ?? []).map(eventSearchDocument),
    ...(records.notes ?? []).map(noteSearchDocument)
  ]
}
