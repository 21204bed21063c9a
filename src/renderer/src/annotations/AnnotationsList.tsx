import { useMemo, useState, type ReactNode } from 'react'
import {
  NO_FILTER,
  filterAnnotations,
  filterChoices,
  type AnnotationFilter
} from '@core/annotations/filter-annotations'
import type { AnnotationRecord } from '@shared/model/annotation'
import { AnnotationCardList } from './AnnotationCardList'
import { AnnotationFilters } from './AnnotationFilters'
import { ColourLabelsDialog } from './ColourLabelsDialog'
import type { AnnotationActions } from './useAnnotationActions'
import { useColourLabels } from './useColourLabels'
import { countNoun } from '@core/text/count-noun'
import { samePlainData } from '@core/records/share-unchanged'

interface AnnotationsListProps {
  annotations: AnnotationRecord[]
  actions: AnnotationActions
  filter: AnnotationFilter
  onFilter: (f: AnnotationFilter) => void
  /** The article's current plain text, for what a drifted passage now reads. */
  articleText: string
}

/** The annotation cards of the current article, filtered and sorted. */
export function AnnotationsList({
  annotations,
  actions,
  filter,
  onFilter,
  articleText
}: AnnotationsListProps): ReactNode {
  const labels = useColourLabels()
  const [editingLabels, setEditingLabels] = useState(false)
  const choices = useMemo(() => filterChoices(annotations), [annotations])
  // The same tags as an earlier render are the same array: every card is given it, and a card
  // renders again only when a prop changes (a comment keystroke changes one annotation only).
  const allTags = useSamePlainData(choices.tags)
  // Likewise the grades, for the filter bar (memoised: see AnnotationFilters).
  const grades = useSamePlainData(choices.grades)
  const shown = useMemo(() => filterAnnotations(annotations, filter), [annotations, filter])
  const counts = useMemo(() => {
    const c = { exact: 0, drifted: 0, orphaned: 0 }
    annotations.forEach((a) => c[a.anchor.status]++)
    return c
  }, [annotations])
  return (
    <div className="annotations">
      <AnnotationFilters
        filter={filter}
        onChange={onFilter}
        labels={labels}
        tags={allTags}
        grades={grades}
      />
      <div className="annotations-summary">
        <span>
          {shown.length === annotations.length
            ? countNoun(annotations.length, 'annotation')
            : `${shown.length} of ${annotations.length} shown`}
          {counts.drifted > 0 && ` · ${counts.drifted} drifted`}
          {counts.orphaned > 0 && ` · ${counts.orphaned} orphaned`}
        </span>
        <span>
          {filter !== NO_FILTER && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => onFilter(NO_FILTER)}
            >
              Clear filters
            </button>
          )}
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setEditingLabels(true)}
          >
            Colour labels…
          </button>
        </span>
      </div>
      {annotations.length === 0 ? (
        <p className="empty-state">
          Select a passage in the article, then choose a colour (or press h) to highlight it.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty-state">No annotation matches these filters.</p>
      ) : (
        <AnnotationCardList
          annotations={shown}
          labels={labels}
          allTags={allTags}
          actions={actions}
          articleText={articleText}
        />
      )}
      {editingLabels && (
        <ColourLabelsDialog labels={labels} onClose={() => setEditingLabels(false)} />
      )}
    </div>
  )
}

/** `value`, or the equal one (samePlainData) an earlier render gave: memoised children compare by identity. */
function useSamePlainData<T>(value: T): T {
  const [shown, setShown] = useState(value)
  const same = samePlainData(shown, value)
  if (!same) setShown(value)
  return same ? shown : value
}
