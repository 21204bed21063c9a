import { useState, type ReactNode } from 'react'
import type { ActorRecord, InterCode } from '@shared/model/event'
import { useNotices } from '../../services/notices'
import { recordBatch, recordChange } from '../../services/undo'
import { mergeActors } from '../../db/commands/events/merge-actors'
import { saveActor } from '../../db/commands/events/save-actor'
import { db } from '../../db/db'
import { newId } from '../../db/new-id'
import { INTER_CODES, INTER_LABELS } from '@core/event-views/inter-labels'
import { countNoun } from '@core/text/count-noun'

interface Draft {
  id: string | null
  name: string
  aliases: string
  category: InterCode | ''
  notes: string
}

const blank: Draft = { id: null, name: '', aliases: '', category: '', notes: '' }

/** The actor registry shared by every article: add, edit, and merge duplicates. */
export function ActorRegistry({ actors }: { actors: ActorRecord[] }): ReactNode {
  const { notify } = useNotices()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [merge, setMerge] = useState<{ into: string; from: string }>({ into: '', from: '' })

  const save = async (): Promise<void> => {
    if (!draft) return
    const name = draft.name.trim()
    if (!name) return setError('The actor needs a name.')
    const now = new Date()
    const existing = actors.find((a) => a.id === draft.id)
    const record: ActorRecord = {
      id: draft.id ?? newId(),
      name,
      aliases: [
        ...new Set(
          draft.aliases
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a && a.toLowerCase() !== name.toLowerCase())
        )
      ],
      category: draft.category === '' ? null : draft.category,
      countryCode: existing?.countryCode ?? '',
      notes: draft.notes.trim(),
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString()
    }
    try {
      const { before, after } = await saveActor(db, record, now)
      recordChange(db.actors, before ? 'edit actor' : 'add actor', before, after)
      setDraft(null)
      setError(null)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  const doMerge = async (): Promise<void> => {
    if (!merge.into || !merge.from || merge.into === merge.from) return
    try {
      const { actorsBefore, eventsBefore } = await mergeActors(
        db,
        merge.into,
        merge.from,
        new Date()
      )
      const after = await db.actors.get(merge.into)
      const eventsAfter = await db.events.bulkGet(eventsBefore.map((e) => e.id))
      recordBatch('merge actors', [
        { table: db.actors, before: actorsBefore[0], after },
        { table: db.actors, before: actorsBefore[1], after: undefined },
        ...eventsBefore.map((e, i) => ({
          table: db.events,
          before: e,
          after: eventsAfter[i] ?? undefined
        }))
      ])
      notify(
        'info',
        `Merged “${actorsBefore[1]?.name}” into “${actorsBefore[0]?.name}”; ${countNoun(eventsBefore.length, 'event')} updated.`
      )
      setMerge({ into: '', from: '' })
    } catch (err) {
      notify(
        'error',
        `The actors were not merged: ${err instanceof Error ? err.message : String(err)}`
      )
    }
  }

  return (
    <div className="actor-registry">
      <div className="registry-tools">
        <button type="button" className="button button-small" onClick={() => setDraft(blank)}>
          Add actor
        </button>
      </div>
      {draft && (
        <form
          className="form actor-form"
          aria-label={draft.id ? 'Edit actor' : 'New actor'}
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <label className="form-field">
            <span className="form-label">Name</span>
            <input
              autoFocus
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <label className="form-field">
            <span className="form-label">Aliases (comma-separated)</span>
            <input
              value={draft.aliases}
              onChange={(e) => setDraft({ ...draft, aliases: e.target.value })}
            />
          </label>
          <label className="form-field">
            <span className="form-label">Category</span>
            <select
              value={draft.category}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  category: e.target.value === '' ? '' : (Number(e.target.value) as InterCode)
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
          <label className="form-field">
            <span className="form-label">Notes</span>
            <textarea
              rows={2}
              value={draft.notes}
              onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-buttons">
            <button type="button" className="button button-small" onClick={() => setDraft(null)}>
              Cancel
            </button>
            <button type="submit" className="button button-small button-primary">
              Save actor
            </button>
          </div>
        </form>
      )}
      {actors.length === 0 ? (
        <p className="empty-state">
          No actors yet. Actors you add here, or save with an event, join the suggestion lexicon.
        </p>
      ) : (
        <ul className="actor-list" aria-label="Actors">
          {actors.map((a) => (
            <li key={a.id} className="actor-item">
              <div>
                <strong>{a.name}</strong>
                {a.category && <span className="muted"> · {INTER_LABELS[a.category]}</span>}
                {a.aliases.length > 0 && (
                  <div className="muted small">also: {a.aliases.join(', ')}</div>
                )}
                {a.notes && <div className="small">{a.notes}</div>}
              </div>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() =>
                  setDraft({
                    id: a.id,
                    name: a.name,
                    aliases: a.aliases.join(', '),
                    category: a.category ?? '',
                    notes: a.notes
                  })
                }
              >
                Edit
              </button>
            </li>
          ))}
        </ul>
      )}
      {actors.length > 1 && (
        <fieldset className="merge-box">
          <legend>Merge two actors</legend>
          <label>
            <span className="visually-hidden">Merge</span>
            <select
              aria-label="Actor to merge away"
              value={merge.from}
              onChange={(e) => setMerge({ ...merge, from: e.target.value })}
            >
              <option value="">Merge…</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <span>into</span>
          <select
            aria-label="Actor to keep"
            value={merge.into}
            onChange={(e) => setMerge({ ...merge, into: e.target.value })}
          >
            <option value="">…this actor</option>
            {actors
              .filter((a) => a.id !== merge.from)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={!merge.into || !merge.from}
            onClick={() => void doMerge()}
          >
            Merge
          </button>
        </fieldset>
      )}
    </div>
  )
}
