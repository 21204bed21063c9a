import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react'
import { createAnchorer } from '@core/anchoring'
import { evidenceForSelection } from '@core/event-drafts/evidence-for-selection'
import {
  CONTEXT_OPTIONS,
  EVENT_FIELD_TABLE,
  EVENT_TYPE_OPTIONS,
  GEO_PRECISION_OPTIONS,
  TIME_PRECISION_OPTIONS,
  EVENT_FIELD_LABELS,
  checkEvent,
  hasCitableValue,
  isoDateOf,
  ontologyCodeOf,
  splitProposal,
  stampEvidence,
  subTypesOf,
  validEvidence,
  withCitation,
  type PassageMentions
} from '@core/events'
import { allCountries } from '@core/suggest/place-gazetteer'
import type {
  AcledEventType,
  EventContext,
  EventField,
  EventRecord,
  GeoPrecision,
  TimePrecision
} from '@shared/model/event'
import { useAnnotationUi } from '../../services/annotation-ui'
import { AdmiraltySelects } from '../../ui/AdmiraltySelects'
import { Dialog } from '../../ui/Dialog'
import { ActorField } from './ActorField'
import { CodingIssues } from './CodingIssues'
import { EvidenceNote } from './EvidenceNote'
import { LocationField } from './LocationField'
import { countNoun } from '@core/text/count-noun'

export interface EventFormProps {
  initial: EventRecord
  isNew: boolean
  mentions?: PassageMentions
  otherEvents: EventRecord[]
  publishedAt: string
  /** The article's plain text: citations of the reader's selection are anchored in it. */
  articleText: string
  actorNames: string[]
  resolveActor: Parameters<typeof ActorField>[0]['resolve']
  onSave: (event: EventRecord) => Promise<string[]>
  /** Starts the part-by-part review of a split (the form then shows the first part). */
  onSplit: (event: EventRecord, proposal: ReturnType<typeof splitProposal>) => Promise<string[]>
  onClose: () => void
  /** Set while reviewing one part of a split: saving moves on to the next part, not closing. */
  review?: { title: string; note: string; onSkip: () => void }
}

// Labels and option lists come from the field table (core/events/event-fields.ts).
const label = (field: keyof EventRecord): string => EVENT_FIELD_TABLE[field].label

const num = (v: string): number | null => (v.trim() === '' ? null : Number(v))

/** The event form: every field editable with the keyboard, each suggested value citing its words. */
export function EventForm(props: EventFormProps): ReactNode {
  const { initial, otherEvents, publishedAt, articleText } = props
  // Citations are stamped with the value they hold for, so the first change of a value drops its
  // citation. Stale ones stay in the state (a value changed back brings its citation back) but are
  // neither shown nor saved.
  const [e, setE] = useState<EventRecord>(() => stampEvidence(initial))
  const cited = useMemo(() => validEvidence(e).evidence, [e])
  const ui = useAnnotationUi()
  const selection = ui.citableSelection
  const anchorer = useMemo(() => createAnchorer(articleText), [articleText])
  // What the last citing did, shown until the reader's selection changes.
  const [citeNote, setCiteNote] = useState<{ text: string; selection: typeof selection }>({
    text: '',
    selection: null
  })
  // Compared by place, not identity: the reader reports one selection in several events.
  const citeMessage =
    citeNote.selection?.start === selection?.start && citeNote.selection?.end === selection?.end
      ? citeNote.text
      : ''
  const setCiteMessage = (text: string): void => setCiteNote({ text, selection })
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  // Tags are parsed on save, so a comma can be typed before the next tag.
  const [tagsText, setTagsText] = useState(initial.tags.join(', '))
  const actorList = useId()
  const countryList = useId()
  const countries = useMemo(
    () => [...allCountries().values()].sort((a, b) => a.name.localeCompare(b.name)),
    []
  )
  const country = countries.find((c) => c.code === e.countryCode)
  const [countryText, setCountryText] = useState(country?.name ?? e.countryCode)
  const issues = useMemo(
    () =>
      checkEvent(validEvidence(e), otherEvents, {
        today: isoDateOf(new Date()),
        publishedAt: publishedAt || undefined
      }),
    [e, otherEvents, publishedAt]
  )
  const proposal = useMemo(
    () => (props.mentions ? splitProposal(props.mentions) : null),
    [props.mentions]
  )
  const set = <K extends keyof EventRecord>(key: K, value: EventRecord[K]): void =>
    setE((x) => ({ ...x, [key]: value }))

  const selectedWords =
    selection && selection.end <= articleText.length
      ? articleText.slice(selection.start, selection.end).trim()
      : ''
  const citeBlocked = (field: EventField): string | null =>
    !selectedWords
      ? 'Select a passage in the article first.'
      : !hasCitableValue(e, field)
        ? `Give ${EVENT_FIELD_LABELS[field]} a value first: a citation belongs to a value.`
        : null
  const cite = (field: EventField): void => {
    const blocked = citeBlocked(field)
    if (blocked || !selection) return setCiteMessage(blocked ?? '')
    const evidence = evidenceForSelection(anchorer, selection)
    if (!evidence) return setCiteMessage('The selection holds no words to cite.')
    setE((x) => withCitation(x, field, evidence))
    setCiteMessage(`${EVENT_FIELD_LABELS[field]} now cites “${evidence.selectors.quote.exact}”`)
  }
  const note = (field: EventField): ReactNode => (
    <EvidenceNote
      label={EVENT_FIELD_LABELS[field]}
      evidence={cited[field]}
      hasValue={hasCitableValue(e, field) && !(field === 'context' && e.context === 'current')}
      citeBlocked={citeBlocked(field)}
      onCite={() => cite(field)}
    />
  )
  // Ctrl+Shift+E in a field cites the reader's selection for it.
  const citeKey = (ev: KeyboardEvent): boolean => {
    if (!(ev.ctrlKey || ev.metaKey) || !ev.shiftKey || ev.key.toLowerCase() !== 'e') return false
    const host = (ev.target as HTMLElement).closest<HTMLElement>('[data-cite-field]')
    ev.preventDefault()
    if (host) cite(host.dataset.citeField as EventField)
    else
      setCiteMessage(
        'Move to a field that can cite a passage (type, actors, place, date, toll, context).'
      )
    return true
  }

  const submit = async (): Promise<void> => {
    setBusy(true)
    const errs = await props.onSave({
      ...validEvidence(e),
      tags: [
        ...new Set(
          tagsText
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        )
      ]
    })
    setBusy(false)
    if (errs.length) setProblems(errs)
    else if (!props.review) props.onClose()
  }
  const split = async (): Promise<void> => {
    if (!proposal) return
    setBusy(true)
    const errs = await props.onSplit(validEvidence(e), proposal)
    setBusy(false)
    if (errs.length) setProblems(errs)
  }

  return (
    <Dialog
      title={props.review?.title ?? (props.isNew ? 'Tag event' : 'Edit event')}
      open
      wide
      modeless
      onClose={props.onClose}
      footer={
        <>
          <span className="footer-hint">Ctrl+Enter saves · Ctrl+Shift+E cites the selection</span>
          <button type="button" className="button" onClick={props.onClose}>
            {props.review ? 'Cancel split' : 'Cancel'}
          </button>
          {props.review && (
            <button type="button" className="button" onClick={props.review.onSkip}>
              Skip part
            </button>
          )}
          <button type="submit" form="event-form" className="button button-primary" disabled={busy}>
            {props.review ? 'Save part' : 'Save event'}
          </button>
        </>
      }
    >
      <form
        id="event-form"
        className="event-form"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault()
          void submit()
        }}
        onKeyDown={(ev) => {
          if (citeKey(ev)) return
          if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
            ev.preventDefault()
            void submit()
          }
        }}
      >
        {props.review && (
          <p className="split-banner" role="status">
            {props.review.note}
          </p>
        )}
        {proposal?.shouldSplit && (
          <div className="split-banner" role="status">
            <span>{proposal.message}</span>
            <button type="button" className="button button-small" onClick={() => void split()}>
              Split into {countNoun(proposal.parts.length, 'event')}
            </button>
          </div>
        )}
        <p className="cite-hint" aria-live="polite">
          {citeMessage ||
            (selectedWords
              ? `Selected in the article: “${selectedWords.length > 90 ? `${selectedWords.slice(0, 90)}…` : selectedWords}”. Cite it for a field with Cite selection, or Ctrl+Shift+E in the field.`
              : 'To cite a passage for a field, select it in the article.')}
        </p>
        {problems.length > 0 && (
          <ul className="form-error" role="alert" aria-label="The event was not saved">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <fieldset>
          <legend>What happened</legend>
          <div className="form-row">
            <div className="form-field" data-cite-field="eventType">
              <label className="form-field">
                <span className="form-label">{label('eventType')}</span>
                <select
                  data-autofocus
                  value={e.eventType}
                  onChange={(ev) =>
                    setE((x) => {
                      const keep = subTypesOf(ev.target.value as AcledEventType).includes(
                        x.subEventType
                      )
                      return {
                        ...x,
                        eventType: ev.target.value as AcledEventType | '',
                        subEventType: keep ? x.subEventType : '',
                        ontologyCode: keep ? x.ontologyCode : null
                      }
                    })
                  }
                >
                  <option value="">Choose…</option>
                  {EVENT_TYPE_OPTIONS.map((t) => (
                    <option key={t.value}>{t.label}</option>
                  ))}
                </select>
              </label>
              {note('eventType')}
            </div>
            <label className="form-field">
              <span className="form-label">{label('subEventType')}</span>
              <select
                value={e.subEventType}
                // The ontology code follows the sub-type at once, not on the next opening.
                onChange={(ev) =>
                  setE((x) => ({
                    ...x,
                    subEventType: ev.target.value,
                    ontologyCode: ontologyCodeOf(ev.target.value)
                  }))
                }
                disabled={!e.eventType}
              >
                <option value="">Choose…</option>
                {subTypesOf(e.eventType).map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
            <div className="form-field" data-cite-field="context">
              <label className="form-field">
                <span className="form-label">{label('context')}</span>
                <select
                  value={e.context}
                  onChange={(ev) => set('context', ev.target.value as EventContext)}
                >
                  {CONTEXT_OPTIONS.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
              {note('context')}
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>Who</legend>
          <datalist id={actorList}>
            {props.actorNames.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
          {(['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const).map((field) => (
            <div key={field} data-cite-field={field}>
              <ActorField
                label={label(field)}
                value={e[field]}
                listId={actorList}
                resolve={props.resolveActor}
                onChange={(a) => set(field, a)}
              />
              {note(field)}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Where</legend>
          <datalist id={countryList}>
            {countries.map((c) => (
              <option key={c.code} value={c.name} />
            ))}
          </datalist>
          <div className="form-row">
            <div className="form-field" data-cite-field="country">
              <label className="form-field">
                <span className="form-label">{label('countryCode')}</span>
                <input
                  list={countryList}
                  value={countryText}
                  onChange={(ev) => {
                    setCountryText(ev.target.value)
                    const match = countries.find(
                      (c) =>
                        c.name.toLowerCase() === ev.target.value.trim().toLowerCase() ||
                        c.code === ev.target.value.trim().toUpperCase()
                    )
                    set('countryCode', match?.code ?? '')
                  }}
                  aria-invalid={countryText.trim() !== '' && !country ? true : undefined}
                />
                {countryText.trim() !== '' && !country ? (
                  <span className="form-error">Choose a country from the list.</span>
                ) : (
                  e.countryCode && <span className="form-hint">ISO {e.countryCode}</span>
                )}
              </label>
              {note('country')}
            </div>
            <label className="form-field">
              <span className="form-label">{label('admin1')}</span>
              <input value={e.admin1} onChange={(ev) => set('admin1', ev.target.value)} />
            </label>
            <div className="form-field" data-cite-field="location">
              <LocationField
                value={e.location}
                countryCode={e.countryCode}
                countryName={(code) => countries.find((c) => c.code === code)?.name ?? code}
                onType={(text) =>
                  // A place typed over never keeps the old place's coordinates; the province
                  // usually still holds, so it stays for the analyst to judge. Its citation goes
                  // with the old value (see stampEvidence).
                  setE((x) => ({ ...x, location: text, latitude: null, longitude: null }))
                }
                onPick={(place) => {
                  setE((x) => ({
                    ...x,
                    location: place.name,
                    admin1: place.admin1,
                    latitude: place.latitude,
                    longitude: place.longitude,
                    geoPrecision: 1,
                    countryCode: x.countryCode || place.countryCode
                  }))
                  if (!e.countryCode) {
                    setCountryText(countries.find((c) => c.code === place.countryCode)?.name ?? '')
                  }
                }}
              />
              {note('location')}
            </div>
          </div>
          <div className="form-row">
            <label className="form-field">
              <span className="form-label">{label('latitude')}</span>
              <input
                type="number"
                step="any"
                min={-90}
                max={90}
                value={e.latitude ?? ''}
                onChange={(ev) => set('latitude', num(ev.target.value))}
              />
            </label>
            <label className="form-field">
              <span className="form-label">{label('longitude')}</span>
              <input
                type="number"
                step="any"
                min={-180}
                max={180}
                value={e.longitude ?? ''}
                onChange={(ev) => set('longitude', num(ev.target.value))}
              />
            </label>
            <label className="form-field">
              <span className="form-label">{label('geoPrecision')}</span>
              <select
                value={e.geoPrecision}
                onChange={(ev) => set('geoPrecision', Number(ev.target.value) as GeoPrecision)}
              >
                {GEO_PRECISION_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>When, and the toll</legend>
          <div className="form-row">
            <div className="form-field" data-cite-field="eventDate">
              <label className="form-field">
                <span className="form-label">{label('eventDate')}</span>
                <input
                  type="date"
                  value={e.eventDate}
                  onChange={(ev) => set('eventDate', ev.target.value)}
                />
              </label>
              {note('eventDate')}
            </div>
            <label className="form-field">
              <span className="form-label">{label('timePrecision')}</span>
              <select
                value={e.timePrecision}
                onChange={(ev) => set('timePrecision', Number(ev.target.value) as TimePrecision)}
              >
                {TIME_PRECISION_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <div className="form-field" data-cite-field="fatalities">
              <label className="form-field">
                <span className="form-label">{label('fatalities')}</span>
                <input
                  type="number"
                  min={0}
                  step={1}
                  value={e.fatalities ?? ''}
                  onChange={(ev) => set('fatalities', num(ev.target.value))}
                />
              </label>
              {note('fatalities')}
            </div>
            <label className="form-field">
              <span className="form-label">{label('fatalitiesPhrase')}</span>
              <input
                value={e.fatalitiesPhrase}
                onChange={(ev) => set('fatalitiesPhrase', ev.target.value)}
                placeholder="e.g. several"
              />
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>Source and notes</legend>
          <div className="form-row">
            <label className="form-field">
              <span className="form-label">{label('sourceName')}</span>
              <input value={e.sourceName} onChange={(ev) => set('sourceName', ev.target.value)} />
            </label>
            <AdmiraltySelects
              grade={e.grade}
              onChange={(g) => set('grade', g)}
              fieldClass="form-field"
            />
          </div>
          <label className="form-field">
            <span className="form-label">{label('notes')}</span>
            <textarea rows={2} value={e.notes} onChange={(ev) => set('notes', ev.target.value)} />
          </label>
          <label className="form-field">
            <span className="form-label">{label('tags')} (comma-separated)</span>
            <input value={tagsText} onChange={(ev) => setTagsText(ev.target.value)} />
          </label>
          <p className="form-hint" aria-live="polite" data-testid="ontology-code">
            {e.ontologyCode
              ? `${e.ontologyCode.ontology} ${e.ontologyCode.version} code ${e.ontologyCode.code}: ${e.ontologyCode.label}`
              : e.subEventType
                ? 'No CAMEO code for this sub-event type.'
                : ''}
          </p>
        </fieldset>
        <CodingIssues issues={issues} />
      </form>
    </Dialog>
  )
}
