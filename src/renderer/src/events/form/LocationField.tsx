import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { GazetteerPlace } from '@core/geo'
import { searchPlaces } from '../suggestion-engine'
import { useEngineStatus } from '../useEngineStatus'

export interface LocationFieldProps {
  value: string
  /** The event's country (alpha-3): its places are offered first. */
  countryCode: string
  countryName: (code: string) => string
  /** The analyst typed: the text is now theirs, whatever place it named before. */
  onType: (text: string) => void
  onPick: (place: GazetteerPlace) => void
}

// Long enough to skip the keystrokes of a word typed in one go, short enough to feel immediate.
const DEBOUNCE_MS = 150
export const NOT_IN_GAZETTEER =
  'Not in the gazetteer: enter coordinates by hand or leave them empty'

type Phase = 'idle' | 'searching' | 'done' | 'failed'

const coordinates = (p: GazetteerPlace): string =>
  `${p.latitude.toFixed(4)}, ${p.longitude.toFixed(4)}`

/** The location as an ARIA combobox over the GeoNames gazetteer (searched in the worker). */
export function LocationField(props: LocationFieldProps): ReactNode {
  const { countryCode, countryName } = props
  const id = useId()
  const listId = `${id}-places`
  const engine = useEngineStatus()
  // Only what the analyst types is searched; a value set from outside (a pick) is not.
  const [query, setQuery] = useState<string | null>(null)
  const [phase, setPhase] = useState<Phase>('idle')
  const [error, setError] = useState('')
  const [options, setOptions] = useState<GazetteerPlace[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const list = useRef<HTMLUListElement>(null)

  // The form scrolls inside its dialog: bring the open list, then the active place, into view.
  useEffect(() => {
    if (!open) return
    const target = active >= 0 ? list.current?.children[active] : list.current
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [open, active, options])

  useEffect(() => {
    const text = query?.trim() ?? ''
    if (text === '') return
    let live = true
    const timer = setTimeout(() => {
      searchPlaces(text, countryCode).then(
        (places) => {
          if (!live) return
          setOptions(places)
          setActive(-1)
          setOpen(places.length > 0)
          setPhase('done')
        },
        (e: Error) => {
          if (!live) return
          setError(e.message)
          setOpen(false)
          setPhase('failed')
        }
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query, countryCode])

  const pick = (place: GazetteerPlace): void => {
    setOpen(false)
    setOptions([])
    setActive(-1)
    setQuery(null)
    setPhase('idle')
    props.onPick(place)
  }

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>): void => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (options.length === 0) return
      ev.preventDefault()
      const step = ev.key === 'ArrowDown' ? 1 : -1
      setOpen(true)
      setActive((i) => (i + step + options.length + (i < 0 && step < 0 ? 1 : 0)) % options.length)
    } else if (ev.key === 'Enter' && open && !ev.ctrlKey && !ev.metaKey) {
      // Enter in the open list picks a place (or just closes the list); it never submits.
      ev.preventDefault()
      const place = options[active]
      if (place) pick(place)
      else setOpen(false)
    } else if (ev.key === 'Escape' && open) {
      // Closes the list only; a second Escape closes the dialog.
      ev.preventDefault()
      ev.stopPropagation()
      setOpen(false)
      setActive(-1)
    }
  }

  const searching = phase === 'searching'
  const message =
    phase === 'failed'
      ? `The gazetteer is unavailable: ${error}`
      : searching && engine !== 'ready'
        ? 'Loading the gazetteer…'
        : phase === 'done' && options.length === 0
          ? NOT_IN_GAZETTEER
          : ''

  return (
    <div className="location-field">
      <label className="form-field">
        <span className="form-label">Location</span>
        <input
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-busy={searching || undefined}
          autoComplete="off"
          spellCheck={false}
          value={props.value}
          onChange={(ev) => {
            const text = ev.target.value
            props.onType(text)
            setQuery(text)
            const empty = text.trim() === ''
            setPhase(empty ? 'idle' : 'searching')
            if (empty) setOpen(false)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </label>
      <ul
        ref={list}
        id={listId}
        role="listbox"
        aria-label="Places in the gazetteer"
        className="location-options"
        hidden={!open}
      >
        {options.map((place, i) => (
          <li
            key={place.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="location-option"
            // Keeps the focus in the input, so the list does not close before the click lands.
            onMouseDown={(ev) => ev.preventDefault()}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => pick(place)}
          >
            <span className="location-option-name">{place.name}</span>
            <span className="location-option-where">
              {[place.admin1, countryName(place.countryCode)].filter(Boolean).join(', ')}
            </span>
            <span className="location-option-coords">{coordinates(place)}</span>
          </li>
        ))}
      </ul>
      <span className={phase === 'failed' ? 'form-error' : 'form-hint'} aria-live="polite">
        {message}
      </span>
    </div>
  )
}
