import { memo, type ReactNode } from 'react'
import type { AnnotationFilter } from '@core/annotations/filter-annotations'
import type { ColourSlot } from '@shared/model/annotation'
import { COLOUR_SLOTS } from './colours'

interface AnnotationFiltersProps {
  filter: AnnotationFilter
  onChange: (f: AnnotationFilter) => void
  labels: string[]
  tags: string[]
  grades: string[]
}

/**
 * The pane's filter bar: colour, tag, grade, anchor state, text, and sort order. Memoised: React
 * sets an input's name and type attributes again each time it renders it with new props, and any
 * DOM change makes Chromium repaint every highlight in the article; the pane renders for every
 * comment keystroke (the annotation is stored, the article's list comes anew).
 */
export const AnnotationFilters = memo(function AnnotationFilters({
  filter,
  onChange,
  labels,
  tags,
  grades
}: AnnotationFiltersProps): ReactNode {
  const set = <K extends keyof AnnotationFilter>(key: K, value: AnnotationFilter[K]): void =>
    onChange({ ...filter, [key]: value })
  return (
    <div className="filter-bar" role="search" aria-label="Filter annotations">
      <input
        type="search"
        className="filter-text"
        aria-label="Filter by text"
        placeholder="Filter quotes, comments, tags"
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <select
        aria-label="Colour"
        value={filter.colour}
        onChange={(e) =>
          set('colour', e.target.value === 'any' ? 'any' : (Number(e.target.value) as ColourSlot))
        }
      >
        <option value="any">All colours</option>
        {COLOUR_SLOTS.map((s) => (
          <option key={s} value={s}>
            {labels[s]}
          </option>
        ))}
      </select>
      <select aria-label="Tag" value={filter.tag} onChange={(e) => set('tag', e.target.value)}>
        <option value="any">All tags</option>
        {tags.map((t) => (
          <option key={t} value={t}>
            #{t}
          </option>
        ))}
      </select>
      <select
        aria-label="Grade"
        value={filter.grade}
        onChange={(e) => set('grade', e.target.value)}
      >
        <option value="any">Any grade</option>
        <option value="ungraded">Ungraded</option>
        {grades.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
      <select
        aria-label="Anchor state"
        value={filter.status}
        onChange={(e) => set('status', e.target.value as AnnotationFilter['status'])}
      >
        <option value="any">Any state</option>
        <option value="exact">Anchored</option>
        <option value="drifted">Drifted</option>
        <option value="orphaned">Orphaned</option>
      </select>
      <select
        aria-label="Sort"
        value={filter.sort}
        onChange={(e) => set('sort', e.target.value as AnnotationFilter['sort'])}
      >
        <option value="position">In text order</option>
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </div>
  )
})
