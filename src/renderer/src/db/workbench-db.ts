import Dexie, { type EntityTable, type Table } from 'dexie'
import type { ArticleRecord } from '@shared/model/article'
import type {
  ActorRecord,
  AnnotationRecord,
  EventRecord,
  NoteRecord,
  NoteRevisionRecord,
  NoteTemplateRecord,
  SettingRecord
} from '@shared/model/records'
import type { ArticleRevisionRecord } from '@shared/model/article-revision'
import { v001Initial } from './v001-initial'
import { v002ArticleRevisions } from './v002-article-revisions'
import { v003NoteTemplates } from './v003-note-templates'
import { v004SourceFiles } from './v004-source-files'
import { v005NoteJournal } from './v005-note-journal'
import type { JournalRow } from '@core/notes/note-journal'
import type { NoteJSONNode } from '@core/notes/note-json'
import type { SourceFileRecord } from '@shared/model/source-file'
import type { ArticleSummaryRecord } from '@shared/model/article-summary'
import { v006ArticleSummaries } from './v006-article-summaries'
import { articleSummariesMiddleware } from './article-summaries-middleware'

/** The database name is part of the storage contract: changing it would orphan every user's data. */
export const DATABASE_NAME = 'analyst-workbench'

export class WorkbenchDb extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>
  annotations!: EntityTable<AnnotationRecord, 'id'>
  events!: EntityTable<EventRecord, 'id'>
  actors!: EntityTable<ActorRecord, 'id'>
  notes!: EntityTable<NoteRecord, 'id'>
  noteRevisions!: EntityTable<NoteRevisionRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  articleRevisions!: EntityTable<ArticleRevisionRecord, 'id'>
  noteTemplates!: EntityTable<NoteTemplateRecord, 'id'>
  /** Not in backups: original files can be tens of megabytes (see docs/architecture.md). */
  sourceFiles!: EntityTable<SourceFileRecord, 'articleId'>
  /** Derived from articles, annotations and events; not in backups (see v006). */
  articleSummaries!: EntityTable<ArticleSummaryRecord, 'id'>
  /** Not in backups: changes on their way into a note (a backup is taken after they are in). */
  noteJournal!: Table<JournalRow<NoteJSONNode>, [string, string, number]>

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    v001Initial(this)
    v002ArticleRevisions(this)
    v003NoteTemplates(this)
    v004SourceFiles(this)
    v005NoteJournal(this)
    v006ArticleSummaries(this)
    this.use(articleSummariesMiddleware)
  }
}
