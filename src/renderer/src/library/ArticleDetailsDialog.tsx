import { useState, type FormEvent, type ReactNode } from 'react'
import { articleMetadataSchema } from '@core/article/article-metadata-schema'
import { isEmptyReport, reportLines } from '@core/article/import-report'
import type { ArticleMetadata, ArticleRecord } from '@shared/model/article'
import { useNotices } from '../services/notices'
import { updateArticleMetadata } from '../db/commands/update-article-metadata'
import { db } from '../db/db'
import { Dialog } from '../ui/Dialog'

type Field = keyof ArticleMetadata

const FIELDS: { key: Field; label: string; type: string; hint?: string }[] = [
  { key: 'title', label: 'Title', type: 'text' },
  { key: 'source', label: 'Source', type: 'text', hint: 'The outlet or agency, e.g. Reuters' },
  { key: 'byline', label: 'Byline', type: 'text' },
  { key: 'url', label: 'URL', type: 'url' },
  {
    key: 'publishedAt',
    label: 'Publication date',
    type: 'date',
    hint: 'Relative dates in the text (“earlier this week”) are read against it.'
  }
]

/** Edits the article's citation details; invalid input is explained and nothing is saved. */
export function ArticleDetailsDialog({
  article,
  onClose
}: {
  article: ArticleRecord
  onClose: () => void
}): ReactNode {
  const { notify } = useNotices()
  const [values, setValues] = useState<ArticleMetadata>({
    title: article.title,
    source: article.source,
    byline: article.byline,
    url: article.url,
    publishedAt: article.publishedAt
  })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    const parsed = articleMetadataSchema.safeParse(values)
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {}
      for (const issue of parsed.error.issues) next[issue.path[0] as Field] ??= issue.message
      setErrors(next)
      return
    }
    try {
      await updateArticleMetadata(db, article.id, parsed.data)
      onClose()
    } catch (err) {
      notify(
        'error',
        `The details were not saved: ${err instanceof Error ? err.message : String(err)}`
      )
    }
  }

  return (
    <Dialog
      title="Article details"
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="article-details" className="button button-primary">
            Save
          </button>
        </>
      }
    >
      <form id="article-details" className="form" onSubmit={(e) => void submit(e)} noValidate>
        {FIELDS.map((f) => (
          <label key={f.key} className="form-field">
            <span className="form-label">{f.label}</span>
            <input
              type={f.type}
              name={f.key}
              value={values[f.key]}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={
                errors[f.key] ? `${f.key}-error` : f.hint ? `${f.key}-hint` : undefined
              }
              onChange={(e) => {
                setValues((v) => ({ ...v, [f.key]: e.target.value }))
                setErrors((x) => ({ ...x, [f.key]: undefined }))
              }}
            />
            {errors[f.key] ? (
              <span id={`${f.key}-error`} className="form-error" role="alert">
                {errors[f.key]}
              </span>
            ) : (
              f.hint && (
                <span id={`${f.key}-hint`} className="form-hint">
                  {f.hint}
                </span>
              )
            )}
          </label>
        ))}
        {article.importReport && !isEmptyReport(article.importReport) && (
          // What the import left out stays with the article, not only in a passing notice.
          <section className="form-field" aria-label="Not kept at import">
            <span className="form-label">Not kept at import</span>
            <ul className="form-hint">
              {reportLines(article.importReport).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
      </form>
    </Dialog>
  )
}
