import { useState, type ReactNode } from 'react'
import {
  CREDIBILITY,
  CREDIBILITY_CODES,
  RELIABILITY,
  RELIABILITY_CODES
} from '@core/grading/admiralty'
import type { AdmiraltyGrade, Credibility, Reliability } from '@shared/model/grade'

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
  // The pickers keep their own values: a stored grade arrives asynchronously, and choosing the
  // second axis before it does must not undo the first.
  const [reliability, setReliability] = useState<Reliability | ''>(grade?.reliability ?? '')
  const [credibility, setCredibility] = useState<Credibility | ''>(grade?.credibility ?? '')
  const set = (r: Reliability | '', c: Credibility | ''): void => {
    const next: AdmiraltyGrade | null =
      !r && !c ? null : { reliability: r || 'F', credibility: c || 6 }
    setReliability(next?.reliability ?? '')
    setCredibility(next?.credibility ?? '')
    onChange(next)
  }
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
