import type { ReactNode } from 'react'
import type { AdmiraltyGrade } from '@shared/model/grade'
import { AdmiraltySelects } from '../ui/AdmiraltySelects'

interface GradeEditorProps {
  grade: AdmiraltyGrade | null
  onChange: (grade: AdmiraltyGrade | null) => void
  onDone: () => void
}

/** Admiralty grading: the two independent axes as two pickers. */
export function GradeEditor({ grade, onChange, onDone }: GradeEditorProps): ReactNode {
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
      <AdmiraltySelects grade={grade} onChange={onChange} autoFocus />
      <button type="button" className="button button-small" onClick={onDone}>
        Done
      </button>
    </div>
  )
}
