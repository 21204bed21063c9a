import type { DroppedKind, ImportReport, RecoveredPart } from '../../shared/model/import-report'

/** How each dropped kind is named (one, many) and why it is not kept. */
const DROPPED: Record<DroppedKind, { one: string; many: string; why: string }> = {
  script: { one: 'a script', many: 'scripts', why: 'nothing from an imported file runs' },
  frame: {
    one: 'an embedded frame',
    many: 'embedded frames or objects',
    why: 'embedded content loads from elsewhere'
  },
  picture: { one: 'a picture', many: 'pictures', why: 'only text is kept' },
  media: { one: 'a video or sound clip', many: 'video or sound clips', why: 'only text is kept' },
  drawing: { one: 'a drawing', many: 'drawings', why: 'only text is kept' },
  formula: { one: 'a formula', many: 'formulas', why: 'mathematical markup is not kept' },
  'form-control': {
    one: 'a form control',
    many: 'form controls',
    why: 'buttons and fields are not article text'
  },
  template: { one: 'a hidden template', many: 'hidden templates', why: 'never shown by a page' },
  fallback: {
    one: 'a no-script or no-frames fallback',
    many: 'no-script or no-frames fallbacks',
    why: 'a page shows them only when it cannot run scripts or frames'
  },
  'html-markup': {
    one: 'a piece of HTML markup',
    many: 'pieces of HTML markup',
    why: 'tags are reduced to their text'
  }
}

/** Collects a report while a converter walks its input; `build()` returns the plain record. */
export class ImportReportBuilder {
  private readonly counts = new Map<DroppedKind, number>()
  private readonly recovered: RecoveredPart[] = []

  drop(kind: DroppedKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count)
  }

  recover(by: string): void {
    this.recovered.push({ kind: 'swallowed-text', by })
  }

  merge(report: ImportReport | undefined): void {
    for (const d of report?.dropped ?? []) this.drop(d.kind, d.count)
    for (const r of report?.recovered ?? []) this.recovered.push(r)
  }

  build(): ImportReport {
    const order = Object.keys(DROPPED) as DroppedKind[]
    return {
      dropped: order
        .filter((k) => this.counts.has(k))
        .map((kind) => ({ kind, count: this.counts.get(kind) ?? 0 })),
      recovered: [...this.recovered]
    }
  }
}

export const EMPTY_REPORT: ImportReport = { dropped: [], recovered: [] }

export function isEmptyReport(report: ImportReport | undefined): boolean {
  return !report || (report.dropped.length === 0 && report.recovered.length === 0)
}

/** "a script", "3 pictures". */
export function droppedPhrase(kind: DroppedKind, count: number): string {
  const names = DROPPED[kind]
  return count === 1 ? names.one : `${count.toLocaleString('en')} ${names.many}`
}

/** One line per part, with its reason, for the article's details (under "Not kept at import"). */
export function reportLines(report: ImportReport): string[] {
  return [
    ...report.dropped.map((d) => {
      const phrase = droppedPhrase(d.kind, d.count)
      return `${phrase[0]?.toUpperCase() ?? ''}${phrase.slice(1)}: ${DROPPED[d.kind].why}.`
    }),
    ...recoveredSentences(report)
  ]
}

function recoveredSentences(report: ImportReport): string[] {
  const by = [...new Set(report.recovered.map((r) => r.by))]
  if (by.length === 0) return []
  return [
    `Recovered as text: what an unclosed ${by.join(', ')} had hidden (a browser would not have shown it).`
  ]
}

/**
 * The sentence after "Imported “title”": "2 parts not kept: a script; an embedded frame." and
 * the recovery, or '' when everything was kept.
 */
export function reportSummary(report: ImportReport | undefined): string {
  if (!report || isEmptyReport(report)) return ''
  const parts: string[] = []
  const total = report.dropped.reduce((n, d) => n + d.count, 0)
  if (total > 0)
    parts.push(
      `${total.toLocaleString('en')} ${total === 1 ? 'part' : 'parts'} not kept: ${report.dropped
        .map((d) => droppedPhrase(d.kind, d.count))
        .join('; ')}.`
    )
  parts.push(...recoveredSentences(report))
  return parts.join(' ')
}
