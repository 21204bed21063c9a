import type { RecordCounts } from './snapshot-format'

// Singular labels by table; a table this list does not know is shown by its own name.
const LABELS: Readonly<Record<string, string>> = {
  articles: 'article',
  annotations: 'annotation',
  events: 'event',
  actors: 'actor',
  notes: 'note',
  noteRevisions: 'note revision',
  articleRevisions: 'article revision',
  noteTemplates: 'note template'
}

/** "2 articles · 1 annotation · 5 events": what a snapshot holds, settings left out. */
export function describeCounts(counts: RecordCounts): string {
  const known = Object.keys(LABELS)
  const order = (table: string): number => {
    const at = known.indexOf(table)
    return at < 0 ? known.length : at
  }
  const parts = Object.entries(counts)
    .filter(([table, n]) => table !== 'settings' && n > 0)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([table, n]) => {
      const label = LABELS[table] ?? table
      return `${n} ${label}${n === 1 || !(table in LABELS) ? '' : 's'}`
    })
  return parts.length > 0 ? parts.join(' · ') : 'no records'
}
