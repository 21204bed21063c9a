import { useImportProgress } from './import-progress'

/**
 * "Reading “report.pdf”: page 12 of 100" while a PDF is read page by page, then "Recognising text
 * in “scan.pdf”: page 3 of 12" while its scanned pages are read by OCR; "Importing “wire.txt”
 * (9.5 MB)…" while a large text file is read (in one go: the bar has no value).
 */
export function ImportProgressLine(): React.JSX.Element | null {
  const progress = useImportProgress()
  if (!progress) return null
  if (progress.stage === 'text')
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <span>
          Importing “{progress.fileName}” ({((progress.bytes ?? 0) / 1_000_000).toFixed(1)} MB)…
        </span>
        <progress aria-label="Import progress" />
      </div>
    )
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span>
        {progress.stage === 'recognising'
          ? `Recognising text in “${progress.fileName}”: page ${progress.done} of ${progress.total}`
          : `Reading “${progress.fileName}”: page ${progress.done} of ${progress.total}`}
      </span>
      <progress max={progress.total} value={progress.done} aria-label="Import progress" />
    </div>
  )
}
