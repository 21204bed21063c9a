// What a record must look like for the app to use it after a restore: ids, required fields, their
// types and the enums the code switches on. Deliberately NOT the coding rules of
// events/event-schema.ts (sub-type matches type, latitude with longitude, ISO timestamps): a
// backup must restore whatever the app stored, drafts included, and rules tightened in a later
// version must not make older backups unrestorable. Every object is loose, so fields added by a
// later version pass through; restoreBackup stores the records as read, not zod's copies.
import { z } from 'zod'
import { EVENT_FIELD_TABLE, EVENT_RECORD_KEYS } from '../events/event-fields'
import {
  gradeSchema,
  interCode,
  storedAnchorSchema,
  storedSelectorsSchema
} from '../records/record-schema-pieces'
import { noteDocSchema, storedNoteSchema, storedNoteTemplateSchema } from '../notes/note-document'
import type { ArticleRecord } from '../../shared/model/article'
import type { ArticleRevisionRecord } from '../../shared/model/article-revision'
import type {
  ActorRecord,
  AnnotationRecord,
  EventRecord,
  SettingRecord
} from '../../shared/model/records'
import type { BackupTableName } from './backup-format'

const id = z.string().min(1)
const text = z.string()
const int = z.number().int()

const blockSchema = z.looseObject({
  kind: z.enum(['paragraph', 'heading', 'list-item', 'quote']),
  text,
  level: int.min(1).max(6).optional()
})

const point = z.number().finite()

// A PDF article's page map (shared/model/pdf-layout.ts): absent on every other article.
const pdfLayoutSchema = z.looseObject({
  textHash: text,
  pages: z.array(z.looseObject({ width: point.min(0), height: point.min(0) })),
  spans: z.array(
    z.looseObject({
      start: int.min(0),
      end: int.min(0),
      page: int.min(1),
      x: point,
      y: point,
      w: point,
      h: point
    })
  ),
  recognisedPages: z.array(int.min(1)).optional()
})

const articleSchema = z.looseObject({
  id,
  title: text,
  source: text,
  url: text,
  byline: text,
  publishedAt: text,
  importedAt: text,
  contentHash: id,
  format: z.enum(['txt', 'md', 'html', 'pdf', 'docx', 'eml', 'paste', 'sample']),
  blocks: z.array(blockSchema),
  // Added without a schema version: optional, absent on older records and backups.
  lang: text.optional(),
  dir: z.enum(['ltr', 'rtl']).optional(),
  pdfLayout: pdfLayoutSchema.optional()
})

const articleRevisionSchema = z.looseObject({
  id,
  articleId: id,
  createdAt: text,
  title: text,
  contentHash: text,
  blocks: z.array(blockSchema)
})

const interSchema = interCode('The category').nullable()

const annotationSchema = z.looseObject({
  id,
  articleId: id,
  createdAt: text,
  updatedAt: text,
  creator: text,
  motivation: z.enum(['highlighting', 'commenting', 'tagging', 'assessing']),
  colour: z.literal([0, 1, 2, 3, 4]),
  selectors: storedSelectorsSchema,
  anchor: storedAnchorSchema,
  commentHtml: text,
  commentText: text,
  tags: z.array(text),
  grade: gradeSchema
})

// Derived from the field table: each field's `stored` validation (what any stored record may hold).
const eventSchema = z.looseObject(
  Object.fromEntries(EVENT_RECORD_KEYS.map((key) => [key, EVENT_FIELD_TABLE[key].stored])) as {
    [K in keyof EventRecord]: z.ZodType<EventRecord[K]>
  }
)

const actorSchema = z.looseObject({
  id,
  name: text,
  aliases: z.array(text),
  category: interSchema,
  countryCode: text,
  notes: text,
  createdAt: text,
  updatedAt: text
})

const noteRevisionSchema = z.looseObject({
  id,
  noteId: id,
  createdAt: text,
  reason: z.enum(['auto', 'before-restore']),
  title: text,
  schemaVersion: int.min(1),
  doc: noteDocSchema,
  size: z.number().min(0)
})

// A setting's value is whatever its feature stores; `value` may even be absent (undefined).
const settingSchema = z.looseObject({ key: id, value: z.unknown() })

/** The schema each table's records must satisfy. */
export const BACKUP_RECORD_SCHEMAS: Readonly<Record<BackupTableName, z.ZodType>> = {
  articles: articleSchema,
  articleRevisions: articleRevisionSchema,
  annotations: annotationSchema,
  actors: actorSchema,
  events: eventSchema,
  notes: storedNoteSchema,
  noteRevisions: noteRevisionSchema,
  noteTemplates: storedNoteTemplateSchema,
  settings: settingSchema
}

// Compile-time proof that every record the model allows passes its schema, so a value added to a
// model enum (a new article format, say) and forgotten here fails the type check instead of
// making backups that hold it unrestorable. Notes are left out: their `doc` is typed `unknown`.
// (Loose objects add an index signature, which interfaces lack; Fields removes it to compare.)
type Fields<T> = T extends readonly (infer U)[]
  ? Fields<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Fields<T[K]> }
    : T
type Accepts<S extends z.ZodType> = Fields<z.input<S>>
const _article = (v: ArticleRecord): Accepts<typeof articleSchema> => v
const _articleRevision = (v: ArticleRevisionRecord): Accepts<typeof articleRevisionSchema> => v
const _annotation = (v: AnnotationRecord): Accepts<typeof annotationSchema> => v
const _event = (v: EventRecord): Accepts<typeof eventSchema> => v
const _actor = (v: ActorRecord): Accepts<typeof actorSchema> => v
const _setting = (v: SettingRecord): Accepts<typeof settingSchema> => v
// And that what passes is a record of the model type.
const _annotationOut = (v: z.output<typeof annotationSchema>): AnnotationRecord => v
const _eventOut = (v: z.output<typeof eventSchema>): EventRecord => v
const _articleOut = (v: z.output<typeof articleSchema>): ArticleRecord => v
const _actorOut = (v: z.output<typeof actorSchema>): ActorRecord => v
