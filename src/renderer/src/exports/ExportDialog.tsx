import { useLiveQuery } from 'dexie-react-hooks'
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react'
import {
  EXPORT_FORMATS,
  type ExportData,
  type ExportFormat,
  type ExportScope
} from '@core/export/export-data'
import { FORMAT_SPECS, exportBlocker } from '@core/export/render-export'
import { useNotices } from '../services/notices'
import { Dialog } from '../ui/Dialog'
import { setSetting } from '../db/commands/set-setting'
import { db } from '../db/db'
import { getSetting } from '../db/queries/get-setting'
import { listNotes } from '../db/queries/list-notes'
import { platform } from '../platform'
import { ExchangeOptions } from './ExchangeOptions'
import {
  EXCHANGE_FORMATS,
  loadExchangeSettings,
  saveExchangeSettings,
  type ExchangeSettings
} from './exchange-settings'
import { loadExportData } from './load-export-data'
import { printInBrowser } from './print-in-browser'
import { renderInWorker } from './render-in-worker'
import { runExport, type ExportPhase } from './run-export'
import './export-dialog.css'

type ScopeKind = ExportScope['kind']

const PHASE_TEXT: Record<ExportPhase, string> = {
  collecting: 'Collecting records…',
  rendering: 'Writing the file…',
  printing: 'Printing to PDF…',
  saving: 'Saving…'
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'

const isFormat = (v: unknown): v is ExportFormat =>
  typeof v === 'string' && (EXPORT_FORMATS as readonly string[]).includes(v)

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function describe(data: ExportData): string {
  return [
    plural(data.notes.length, 'note'),
    plural(data.annotations.length, 'annotation'),
    plural(data.events.length, 'event')
  ].join(', ')
}

interface ExportDialogProps {
  articleId: string | undefined
  articleTitle: string | undefined
  /** The note to offer first (the one open in the notes pane). */
  noteId?: string | null
  onClose: () => void
}

/** Export: what (this note, this article, everything) and how (brief or record formats). */
export function ExportDialog({
  articleId,
  articleTitle,
  noteId,
  onClose
}: ExportDialogProps): ReactNode {
  const { notify } = useNotices()
  const notes = useLiveQuery(() => listNotes(db, articleId), [articleId])
  const savedFormat = useLiveQuery(() => getSetting(db, 'exportFormat', 'markdown', isFormat), [])
  const savedByteOrderMark = useLiveQuery(
    () => getSetting(db, 'csvByteOrderMark', false, isBoolean),
    []
  )
  const [byteOrderMark, setByteOrderMark] = useState<boolean | null>(null)
  const csvByteOrderMark = byteOrderMark ?? savedByteOrderMark ?? false
  const [kind, setKind] = useState<ScopeKind>(
    noteId ? 'note' : articleId ? 'article' : 'everything'
  )
  const [chosenNote, setChosenNote] = useState<string | null>(noteId ?? null)
  const [format, setFormat] = useState<ExportFormat | null>(null)
  const savedExchange = useLiveQuery(() => loadExchangeSettings(db), [])
  const [exchangeChoice, setExchange] = useState<ExchangeSettings | null>(null)
  const [loaded, setLoaded] = useState<{ key: string; data: ExportData } | null>(null)
  const [phase, setPhase] = useState<ExportPhase | null>(null)
  const [error, setError] = useState<string | null>(null)
  const abort = useRef<AbortController | null>(null)

  const noteChoice = chosenNote ?? notes?.[0]?.id ?? null
  const scope: ExportScope | null =
    kind === 'note'
      ? noteChoice
        ? { kind: 'note', noteId: noteChoice }
        : null
      : kind === 'article'
        ? articleId
          ? { kind: 'article', articleId }
          : null
        : { kind: 'everything' }
  const scopeKey = JSON.stringify(scope)
  const chosenFormat = format ?? savedFormat ?? 'markdown'

  const selection = loaded?.key === scopeKey ? loaded.data : null
  const exchange = exchangeChoice ?? savedExchange ?? null
  const isExchange = EXCHANGE_FORMATS.has(chosenFormat)

  useEffect(() => {
    let live = true
    if (scope)
      void loadExportData(db, scope).then((data) => live && setLoaded({ key: scopeKey, data }))
    return () => {
      live = false
    }
    // scopeKey stands for scope, which is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scopeKey])

  useEffect(() => () => abort.current?.abort(), [])

  const blocker = selection ? exportBlocker(chosenFormat, selection) : null
  const busy = phase !== null

  const start = async (): Promise<void> => {
    if (!scope || busy) return
    setError(null)
    void setSetting(db, 'exportFormat', chosenFormat)
    if (isExchange && exchange) void saveExchangeSettings(db, exchange)
    abort.current = new AbortController()
    const result = await runExport({
      db,
      platform,
      render: renderInWorker,
      printInBrowser: (html) => printInBrowser(html),
      format: chosenFormat,
      scope,
      now: new Date(),
      appVersion: __APP_VERSION__,
      csvByteOrderMark,
      ...(isExchange && exchange ? { exchange } : {}),
      onPhase: setPhase,
      signal: abort.current.signal
    })
    setPhase(null)
    if (!result.ok) return setError(result.error.message)
    const outcome = result.value
    if (outcome.kind === 'cancelled') return
    if (outcome.kind === 'printing')
      notify(
        'info',
        `${outcome.reason} The print dialog is open instead: choose “Save as PDF” to keep the brief as a PDF.`
      )
    else
      notify(
        'info',
        platform.kind === 'electron'
          ? `Exported to ${outcome.path}`
          : `Exported ${outcome.fileName} to your downloads.`
      )
    onClose()
  }

  const scopeOptions: { kind: ScopeKind; label: string; disabled: boolean }[] = [
    { kind: 'note', label: 'This note', disabled: !notes || notes.length === 0 },
    {
      kind: 'article',
      label: articleTitle ? `This article: “${articleTitle}”` : 'This article',
      disabled: !articleId
    },
    { kind: 'everything', label: 'Everything in the workbench', disabled: false }
  ]

  return (
    <Dialog
      title="Export"
      open
      wide
      onClose={() => {
        abort.current?.abort()
        onClose()
      }}
      footer={
        <>
          <button
            type="button"
            className="button"
            onClick={() => {
              abort.current?.abort()
              onClose()
            }}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!scope || !selection || blocker !== null || busy || (isExchange && !exchange)}
            onClick={() => void start()}
          >
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <div className="export-dialog">
        <fieldset className="export-group">
          <legend>What</legend>
          {scopeOptions.map((option) => (
            <Fragment key={option.kind}>
              <label className="export-option">
                <input
                  type="radio"
                  name="export-scope"
                  value={option.kind}
                  checked={kind === option.kind}
                  disabled={option.disabled || busy}
                  onChange={() => setKind(option.kind)}
                />
                <span>{option.label}</span>
              </label>
              {/* The note picker belongs to "This note": right under it, not under the last option. */}
              {option.kind === 'note' && kind === 'note' && notes && notes.length > 0 && (
                <label className="export-note-select">
                  <span className="visually-hidden">Note to export</span>
                  <select
                    value={noteChoice ?? ''}
                    disabled={busy}
                    onChange={(e) => setChosenNote(e.target.value)}
                  >
                    {notes.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.title || 'Untitled note'}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </Fragment>
          ))}
          <p className="export-summary" aria-live="polite">
            {selection ? `Holds ${describe(selection)}.` : scope ? 'Counting…' : ''}
          </p>
        </fieldset>
        <fieldset className="export-group">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => {
            const why = selection ? exportBlocker(f, selection) : null
            return (
              <Fragment key={f}>
                <label className="export-option">
                  <input
                    type="radio"
                    name="export-format"
                    value={f}
                    checked={chosenFormat === f}
                    disabled={busy}
                    onChange={() => setFormat(f)}
                    aria-describedby={`export-format-${f}-hint`}
                  />
                  <span>
                    <span className="export-option-label">{FORMAT_SPECS[f].label}</span>
                    <span id={`export-format-${f}-hint`} className="export-option-hint">
                      {why ?? FORMAT_SPECS[f].description}
                    </span>
                  </span>
                </label>
                {f === 'events-csv' && chosenFormat === f && (
                  <label className="export-suboption">
                    <input
                      type="checkbox"
                      checked={csvByteOrderMark}
                      disabled={busy}
                      onChange={(e) => {
                        setByteOrderMark(e.target.checked)
                        void setSetting(db, 'csvByteOrderMark', e.target.checked)
                      }}
                    />
                    <span>
                      For Excel on Windows (UTF-8 byte-order mark)
                      <span className="export-option-hint">
                        Without it, Excel shows accented and non-Latin names garbled; pandas, R and
                        most other tools read the file better without. Unknown death tolls are left
                        empty, never 0.
                      </span>
                    </span>
                  </label>
                )}
              </Fragment>
            )
          })}
        </fieldset>
        {isExchange && exchange && (
          <ExchangeOptions value={exchange} onChange={setExchange} disabled={busy} />
        )}
      </div>
      {busy && (
        <div className="export-progress" role="status">
          <progress aria-label="Export progress" />
          <span>{PHASE_TEXT[phase]}</span>
        </div>
      )}
      {!busy && blocker && <p className="export-hint">{blocker}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
