import { formatGrade, parseGrade } from '@core/grading/admiralty'
import type { AnchorStatus } from '@shared/model/anchor'
import type { CitedAnnotation } from '../live/note-lookups'

export type CitedQuoteStatus = AnchorStatus

/** A cited quote's attrs: the annotation it points at and what is cached for when that is gone. */
export interface CitedQuoteAttrs {
  annotationId: string
  quote: string
  /** "B2", or null when not graded. */
  grade: string | null
  status: CitedQuoteStatus
}

const STATUSES: readonly CitedQuoteStatus[] = ['exact', 'drifted', 'orphaned']

/** A grade as cached: normalised "B2", or null for anything that is not one. */
export function normaliseGrade(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const grade = parseGrade(value)
  return grade ? formatGrade(grade) : null
}

export function normaliseStatus(value: unknown): CitedQuoteStatus {
  return STATUSES.includes(value as CitedQuoteStatus) ? (value as CitedQuoteStatus) : 'exact'
}

/** Reads the attrs from a pasted or imported `<span data-cited-quote>`; the quote is the `<q>` text. */
export function parseCitedQuoteElement(element: HTMLElement): CitedQuoteAttrs {
  const quoteElement = element.querySelector('q')
  return {
    annotationId: element.getAttribute('data-annotation-id') ?? '',
    quote: (quoteElement ?? element).textContent ?? '',
    grade: normaliseGrade(element.getAttribute('data-grade')),
    status: normaliseStatus(element.getAttribute('data-status'))
  }
}

/** The data attributes a cited quote is written with; the quote itself goes in the element's text. */
export function citedQuoteDataAttributes(attrs: CitedQuoteAttrs): Record<string, string> {
  const data: Record<string, string> = {
    'data-cited-quote': '',
    'data-annotation-id': attrs.annotationId,
    'data-status': attrs.status
  }
  if (attrs.grade) data['data-grade'] = attrs.grade
  return data
}

/** The plain-text form (copy, getText, exports): “quote” [B2]. */
export function citedQuoteText(attrs: Pick<CitedQuoteAttrs, 'quote' | 'grade'>): string {
  return attrs.grade ? `“${attrs.quote}” [${attrs.grade}]` : `“${attrs.quote}”`
}

/**
 * What a cited quote should show and cache given its live annotation: the live values when it
 * exists, the cached quote marked orphaned when it was deleted.
 */
export function resolveCitedQuote(
  cached: CitedQuoteAttrs,
  live: CitedAnnotation | undefined
): CitedQuoteAttrs {
  if (!live) return { ...cached, status: 'orphaned' }
  return {
    annotationId: cached.annotationId,
    quote: live.quote,
    grade: live.grade,
    status: live.status
  }
}

/** Whether the cached attrs differ from what they should be. */
export function citedQuoteNeedsRefresh(
  cached: CitedQuoteAttrs,
  resolved: CitedQuoteAttrs
): boolean {
  return (
    cached.quote !== resolved.quote ||
    cached.grade !== resolved.grade ||
    cached.status !== resolved.status
  )
}
