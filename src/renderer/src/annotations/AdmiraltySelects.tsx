import type { ReactNode } from 'react'
import {
  CREDIBILITY,
  CREDIBILITY_CODES,
  RELIABILITY,
  RELIABILITY_CODES
} from '../../../core/grading/admiralty'
import type { AdmiraltyGrade, Credibility, Reliability } from '../../../shared/model/grade'

interface AdmiraltySelectsProps {
  grade: AdmiraltyGrade | null
  onChange: (grade: AdmiraltyGrade | null) => void
  autoFocus?: boolean
  /** Class of each label, so the pickers fit the form they sit in. */
  fieldClass?: string
}

/**
 * The two independent Admiralty axes as two pickers. Choosing one axis alone fills the other
 * with "cannot be judged" (F or 6) rather than inventing a judgment.
 */
export function AdmiraltySelects({
  grade,
  onChange,
  autoFocus,
  fieldClass
}: AdmiraltySelectsProps): ReactNode {
  const set = (r: Reliability | '', c: Credibility | ''): void => {
    if (!r && !c) onChange(null)
    else onChange({ reliability: r || 'F', credibility: c || 6 })
  }
  const reliability = grade?.reliability ?? ''
  const credibility = grade?.credibility ?? ''
  return (
    <>
      <label className={fieldClass}>
        <span className="form-label">Source reliability</span>
        <select
          autoFocus={autoFocus}
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
      <label className={fieldClass}>
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
    </>
  )
}
