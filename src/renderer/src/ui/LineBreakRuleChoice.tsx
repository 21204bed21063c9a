import { useId, type ReactNode } from 'react'
import { LINE_BREAK_RULES, type LineBreakRule } from '@core/article/line-break-rule'
import { countNoun } from '@core/text/count-noun'

interface Props {
  value: LineBreakRule
  onChange: (rule: LineBreakRule) => void
  /** How many paragraphs the text makes under the chosen rule, said beside the choice. */
  paragraphs: number
}

/** The line-break rule, shown and chosen wherever text is pasted or edited. */
export function LineBreakRuleChoice({ value, onChange, paragraphs }: Props): ReactNode {
  const hintId = useId()
  return (
    <fieldset className="line-break-rule" aria-describedby={hintId}>
      <legend className="form-label">Line breaks</legend>
      {LINE_BREAK_RULES.map((r) => (
        <label key={r.rule} className="line-break-rule-option" title={r.hint}>
          <input
            type="radio"
            name={`${hintId}-rule`}
            value={r.rule}
            checked={value === r.rule}
            onChange={() => onChange(r.rule)}
          />
          {r.label}
        </label>
      ))}
      <span id={hintId} className="form-hint" aria-live="polite">
        {`The text makes ${countNoun(paragraphs, 'paragraph')}.`}
      </span>
    </fieldset>
  )
}
