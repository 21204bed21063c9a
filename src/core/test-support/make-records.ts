// Record factories for tests, fixtures and benches: a valid record of each kind with every field,
// changed by a patch. A field added to a model is added here once (for events, not even here: the
// blank event comes from the field table), not in every record written out by hand.
import { emptyEvent } from '../events/empty-event'
import type { AnnotationRecord } from '../../shared/model/annotation'
import type { ArticleRecord } from '../../shared/model/article'
import type { EventRecord } from '../../shared/model/event'

/** The creation time of every made record unless a patch says otherwise. */
export const MADE_AT = '2024-05-04T09:00:00.000Z'

/** A blank draft event (every field at its initial value in the field table) with `patch` on top. */
export function makeEvent(patch: Partial<EventRecord> = {}): EventRecord {
  return { ...emptyEvent('art-1', () => 'ev-1', new Date(MADE_AT)), ...patch }
}

/** A highlight of "Turkish drones" at the start of article `art-1`, with `patch` on top. */
export function makeAnnotation(patch: Partial<AnnotationRecord> = {}): AnnotationRecord {
  const textHash = 'fnv1a32:0000abcd'
  return {
    id: 'ann-1',
    articleId: 'art-1',
    createdAt: MADE_AT,
    updatedAt: MADE_AT,
    creator: 'local user',
    motivation: 'highlighting',
    colour: 0,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'Turkish drones', prefix: '', suffix: ' struck' },
      position: { type: 'TextPositionSelector', start: 0, end: 14 },
      textHash
    },
    anchor: { start: 0, end: 14, status: 'exact', score: 1, textHash },
    commentHtml: '',
    commentText: '',
    tags: [],
    grade: null,
    ...patch
  }
}

/** A one-paragraph plain-text article `art-1`, with `patch` on top. */
export function makeArticle(patch: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'art-1',
    title: 'Turkish drones strike PKK positions',
    source: 'Rudaw',
    url: '',
    byline: '',
    publishedAt: '2024-05-04',
    importedAt: MADE_AT,
    contentHash: 'sha256:0000',
    format: 'txt',
    blocks: [{ kind: 'paragraph', text: 'Turkish drones struck PKK positions near Amadiya.' }],
    ...patch
  }
}
