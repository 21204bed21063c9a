import type { ReactNode } from 'react'
import {
  CREDIBILITY,
  CREDIBILITY_CODES,
  RELIABILITY,
  RELIABILITY_CODES,
  type AdmiraltyGrade,
  type Credibility,
  type Reliability
} from '../../../core/grading/admiralty'

interface GradeEditorProps {
  grade: AdmiraltyGrade | null
  onChange: (grade: AdmiraltyGrade | null) => void
  onDone: () => void
}

/** Admiralty grading: the two independent axes as two pickers. */
export function GradeEditor({ grade, onChange, onDone }: GradeEditorProps): ReactNode {
  const reliability = grade?.reliability ?? ''
  const credibility = grade?.credibility ?? ''
  const set = (r: Reliability | '', c: Credibility | ''): void => {
    if (r && c) onChange({ reliability: r, credibility: c })
    else if (!r && !c) onChange(null)
    else onChange({ reliability: r || 'F', credibility: c || 6 })
  }
  return (
    <div
      className="grade-editor"
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === 'Enter') {
          e.preventDefault()
          e.stopPropagation()
          onDone()
        }
      }}
    >
      <label>
        <span className="form-label">Source reliability</span>
        <select
          autoFocus
          value={reliability}
          onChange={(e) => set(e.target.value as Reliability | '', credibility)}
        >
          <option value="">Not graded</option>
          {RELIABILITY_CODES.map((r) => (
            <option key={r} value={r}>
              {r} — {RELIABILITY[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="form-label">Information credibility</span>
        <select
          value={credibility}
          onChange={(e) =>
            set(reliability, (e.target.value ? Number(e.target.value) : '') as Credibility | '')
          }
        >
          <option value="">Not graded</option>
          {CREDIBILITY_CODES.map((c) => (
            <option key={c} value={c}>
              {c} — {CREDIBILITY[c]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button-small" onClick={onDone}>
        Done
      </button>
    </div>
  )
}
