import type { ReactNode } from 'react'
import { TLP_LEVELS, isTlpLevel, type TlpLevel } from '@core/export/exchange-options'
import type { ExchangeSettings } from './exchange-settings'

const TLP_LABELS: Record<TlpLevel, string> = {
  clear: 'TLP:CLEAR — no limit on disclosure',
  green: 'TLP:GREEN — the recipient’s community',
  amber: 'TLP:AMBER — the recipient’s organisation and its clients',
  'amber+strict': 'TLP:AMBER+STRICT — the recipient’s organisation only',
  red: 'TLP:RED — the named recipients only'
}

interface ExchangeOptionsProps {
  value: ExchangeSettings
  onChange: (value: ExchangeSettings) => void
  disabled: boolean
}

/** TLP marking and author of a STIX or MISP export (remembered by the dialog). */
export function ExchangeOptions({ value, onChange, disabled }: ExchangeOptionsProps): ReactNode {
  const author = (patch: Partial<ExchangeSettings['author']>): void =>
    onChange({ ...value, author: { ...value.author, ...patch } })
  return (
    <fieldset className="export-group export-exchange">
      <legend>Sharing</legend>
      <label className="form-field">
        <span className="form-label">Traffic Light Protocol</span>
        <select
          value={value.tlp}
          disabled={disabled}
          onChange={(e) => {
            if (isTlpLevel(e.target.value)) onChange({ ...value, tlp: e.target.value })
          }}
        >
          {TLP_LEVELS.map((level) => (
            <option key={level} value={level}>
              {TLP_LABELS[level]}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field">
        <span className="form-label">Author name</span>
        <input
          value={value.author.name}
          disabled={disabled}
          maxLength={200}
          autoComplete="name"
          placeholder="Signs the export; the workbench when empty"
          onChange={(e) => author({ name: e.target.value })}
        />
      </label>
      <label className="form-field">
        <span className="form-label">Organisation</span>
        <input
          value={value.author.organisation}
          disabled={disabled}
          maxLength={200}
          autoComplete="organization"
          placeholder="The identity importers show as the creator"
          onChange={(e) => author({ organisation: e.target.value })}
        />
      </label>
    </fieldset>
  )
}
