import type { BackupTableName } from '@core/backup'

/** What each table holds, in an analyst's words. */
export const BACKUP_TABLE_LABELS: Readonly<Record<BackupTableName, string>> = {
  articles: 'Articles',
  articleRevisions: 'Earlier article texts',
  annotations: 'Annotations',
  actors: 'Actors in the registry',
  events: 'Events',
  notes: 'Notes',
  noteRevisions: 'Note history snapshots',
  noteTemplates: 'Note templates',
  settings: 'Settings'
}
