import type { ReactNode } from 'react'
import type { EventActor, InterCode } from '@shared/model/event'
import { INTER_CODES, INTER_LABELS } from '@core/event-views/inter-labels'

interface ActorFieldProps {
  label: string
  value: EventActor | null
  listId: string
  onChange: (a: EventActor | null) => void
  resolve: (
    name: string
  ) => { actorId: string | null; inter: InterCode | null; name: string } | null
}

/** An actor name with type-ahead over the registry and lexicon, plus its ACLED category. */
export function ActorField({
  label,
  value,
  listId,
  onChange,
  resolve
}: ActorFieldProps): ReactNode {
  const id = label.replace(/\W+/g, '-').toLowerCase()
  return (
    <div className="actor-field">
      <label className="form-field">
        <span className="form-label">{label}</span>
        <input
          id={id}
          list={listId}
          value={value?.name ?? ''}
          onChange={(e) => {
            const name = e.target.value
            if (name.trim() === '') return onChange(null)
            const known = resolve(name)
            onChange(
              known && known.name.toLowerCase() === name.trim().toLowerCase()
                ? { ...known, inter: value?.inter ?? known.inter }
                : { name, actorId: null, inter: value?.inter ?? null }
            )
          }}
        />
      </label>
      <label className="form-field">
        <span className="form-label">{label} category</span>
        <select
          value={value?.inter ?? ''}
          disabled={!value}
          onChange={(e) =>
            value &&
            onChange({
              ...value,
              inter: e.target.value === '' ? null : (Number(e.target.value) as InterCode)
            })
          }
        >
          <option value="">Not set</option>
          {INTER_CODES.map((c) => (
            <option key={c} value={c}>
              {c} — {INTER_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
