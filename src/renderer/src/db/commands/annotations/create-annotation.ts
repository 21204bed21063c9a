import type { AnchorSelectors } from '@core/anchoring'
import type { AnnotationRecord, ColourSlot, Motivation } from '@shared/model/annotation'
import { newId } from '../../new-id'
import type { WorkbenchDb } from '../../workbench-db'

export interface NewAnnotation {
  articleId: string
  selectors: AnchorSelectors
  colour: ColourSlot
  motivation: Motivation
}

/** Stores a new annotation anchored exactly where it was made. */
export async function createAnnotation(
  db: WorkbenchDb,
  input: NewAnnotation,
  now: Date
): Promise<AnnotationRecord> {
  const at = now.toISOString()
  const record: AnnotationRecord = {
    id: newId(),
    articleId: input.articleId,
    createdAt: at,
    updatedAt: at,
    creator: 'local user',
    motivation: input.motivation,
    colour: input.colour,
    selectors: input.selectors,
    anchor: {
      start: input.selectors.position.start,
      end: input.selectors.position.end,
      status: 'exact',
      score: 1,
      textHash: input.selectors.textHash
    },
    commentHtml: '',
    commentText: '',
    tags: [],
    grade: null
  }
  await db.annotations.add(record)
  return record
}
