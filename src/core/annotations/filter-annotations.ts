import type { AnnotationRecord, ColourSlot } from '../../shared/model/annotation'
import type { AnchorStatus } from '../anchoring'
import { formatGrade } from '../grading/admiralty'

export interface AnnotationFilter {
  colour: ColourSlot | 'any'
  tag: string | 'any'
  /** A grade as written ("B2"), 'ungraded', or 'any'. */
  grade: string
  status: AnchorStatus | 'any'
  text: string
  sort: 'position' | 'newest' | 'oldest'
}

export const NO_FILTER: AnnotationFilter = {
  colour: 'any',
  tag: 'any',
  grade: 'any',
  status: 'any',
  text: '',
  sort: 'position'
}

const position = (a: AnnotationRecord): number =>
  a.anchor.status === 'orphaned' ? Number.MAX_SAFE_INTEGER : a.anchor.start

/** Applies the pane's filters and sort; text matches quote, comment and tags, case-insensitively. */
export function filterAnnotations(
  list: readonly AnnotationRecord[],
  f: AnnotationFilter
): AnnotationRecord[] {
  const needle = f.text.trim().toLocaleLowerCase()
  const kept = list.filter(
    (a) =>
      (f.colour === 'any' || a.colour === f.colour) &&
      (f.tag === 'any' || a.tags.includes(f.tag)) &&
      (f.grade === 'any' ||
        (f.grade === 'ungraded'
          ? a.grade === null
          : a.grade !== null && formatGrade(a.grade) === f.grade)) &&
      (f.status === 'any' || a.anchor.status === f.status) &&
      (needle === '' ||
        [a.selectors.quote.exact, a.commentText, ...a.tags].some((s) =>
          s.toLocaleLowerCase().includes(needle)
        ))
  )
  const order: Record<
    AnnotationFilter['sort'],
    (a: AnnotationRecord, b: AnnotationRecord) => number
  > = {
    position: (a, b) => position(a) - position(b) || a.createdAt.localeCompare(b.createdAt),
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    oldest: (a, b) => a.createdAt.localeCompare(b.createdAt)
  }
  return kept.sort(order[f.sort])
}

/** Every tag and grade in use, sorted, for the filter pickers. */
export function filterChoices(list: readonly AnnotationRecord[]): {
  tags: string[]
  grades: string[]
} {
  const tags = new Set<string>()
  const grades = new Set<string>()
  for (const a of list) {
    a.tags.forEach((t) => tags.add(t))
    if (a.grade) grades.add(formatGrade(a.grade))
  }
  return { tags: [...tags].sort(), grades: [...grades].sort() }
}
