import { z } from 'zod'
import { fail, ok, type Result } from '../../shared/result'
import { migrateV1ToV2 } from './migrations/v002-cited-quote'
import { emptyNoteDoc, type NoteDoc, type NoteJSONMark, type NoteJSONNode } from './note-json'

/**
 * The version of the editor schema notes are saved under. Raise it with every change to the node
 * or mark set (or their attrs) that an older document could not satisfy, add a migration from the
 * previous version to NOTE_MIGRATIONS and a fixture saved under the previous version.
 */
export const CURRENT_NOTE_SCHEMA_VERSION = 2

/** Node types of the current schema; a renderer test checks the editor defines exactly these. */
export const NOTE_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'taskList',
  'taskItem',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'citedQuote',
  'eventCard',
  'liveBlock'
] as const

/** Mark types of the current schema. */
export const NOTE_MARK_TYPES = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const

/** A migration from version N (its key) to version N + 1. */
export type NoteMigration = (doc: NoteDoc) => NoteDoc

/** Every step from version 1 up to the current version. Never delete one: old notes still need it. */
export const NOTE_MIGRATIONS: Readonly<Record<number, NoteMigration>> = {
  1: migrateV1ToV2
}

const markSchema: z.ZodType<NoteJSONMark> = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional()
})

/** Any ProseMirror JSON node: the shape every schema version shares. */
export const noteJsonNodeSchema: z.ZodType<NoteJSONNode> = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
  get content() {
    return z.array(noteJsonNodeSchema).optional()
  },
  marks: z.array(markSchema).optional(),
  text: z.string().optional()
})

/** A note document: a `doc` node (its content may be empty in records written by old upgrades). */
export const noteDocSchema = z.object({
  type: z.literal('doc'),
  attrs: z.record(z.string(), z.unknown()).optional(),
  content: z.array(noteJsonNodeSchema).default([])
})

/** A note as stored (see NoteRecord in src/shared/model/note.ts); extra fields pass through. */
export const storedNoteSchema = z.looseObject({
  id: z.string().min(1),
  articleId: z.string().nullable(),
  title: z.string(),
  schemaVersion: z.number().int().min(1),
  doc: noteDocSchema,
  createdAt: z.string(),
  updatedAt: z.string()
})
export type StoredNote = z.infer<typeof storedNoteSchema>

/** A user template as stored (NoteTemplateRecord). */
export const storedNoteTemplateSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  schemaVersion: z.number().int().min(1),
  doc: noteDocSchema,
  createdAt: z.string()
})
export type StoredNoteTemplate = z.infer<typeof storedNoteTemplateSchema>

export type NoteDocumentErrorCode = 'newer-version' | 'invalid-version' | 'invalid-document'

/** Why a stored document cannot be opened. */
export class NoteDocumentError extends Error {
  constructor(
    readonly code: NoteDocumentErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'NoteDocumentError'
  }
}

/** The editor requires at least one block; old records may hold `content: []`. */
function normalise(doc: NoteDoc): NoteDoc {
  return doc.content.length > 0 ? doc : { ...doc, content: emptyNoteDoc().content }
}

/**
 * Brings a stored document up to the current schema, one registered migration at a time.
 * Throws NoteDocumentError for a document from a newer app version, an invalid version number or
 * a value that is not a ProseMirror document. The input is never modified.
 */
export function migrateNoteDocument(stored: { schemaVersion: number; doc: unknown }): {
  schemaVersion: typeof CURRENT_NOTE_SCHEMA_VERSION
  doc: NoteDoc
} {
  const { schemaVersion } = stored
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw new NoteDocumentError('invalid-version', `Invalid note schema version: ${schemaVersion}`)
  if (schemaVersion > CURRENT_NOTE_SCHEMA_VERSION)
    throw new NoteDocumentError(
      'newer-version',
      `This note was saved by a newer version of the app (schema ${schemaVersion}; this one reads up to ${CURRENT_NOTE_SCHEMA_VERSION}).`
    )
  const parsed = noteDocSchema.safeParse(stored.doc)
  if (!parsed.success)
    throw new NoteDocumentError('invalid-document', `Not a note document: ${parsed.error.message}`)
  // zod returns a copy, so migrations may build on it without touching the caller's object.
  let doc: NoteDoc = parsed.data
  for (let version = schemaVersion; version < CURRENT_NOTE_SCHEMA_VERSION; version++) {
    const migrate = NOTE_MIGRATIONS[version]
    if (!migrate)
      throw new NoteDocumentError('invalid-version', `No migration from note schema ${version}`)
    doc = migrate(doc)
  }
  return { schemaVersion: CURRENT_NOTE_SCHEMA_VERSION, doc: normalise(doc) }
}

/** migrateNoteDocument as a Result, for lists that show a broken note instead of failing. */
export function tryMigrateNoteDocument(stored: {
  schemaVersion: number
  doc: unknown
}): Result<{ schemaVersion: number; doc: NoteDoc }> {
  try {
    return ok(migrateNoteDocument(stored))
  } catch (error) {
    if (error instanceof NoteDocumentError)
      return fail(
        error.code === 'invalid-document' ? 'invalid-payload' : 'unsupported',
        error.message
      )
    throw error
  }
}

/** Node and mark types in a document that the current schema does not define. */
export function unknownNoteTypes(doc: NoteJSONNode): string[] {
  const nodes = new Set<string>(NOTE_NODE_TYPES)
  const marks = new Set<string>(NOTE_MARK_TYPES)
  const unknown = new Set<string>()
  const visit = (node: NoteJSONNode): void => {
    if (!nodes.has(node.type)) unknown.add(node.type)
    for (const mark of node.marks ?? []) if (!marks.has(mark.type)) unknown.add(`mark:${mark.type}`)
    node.content?.forEach(visit)
  }
  visit(doc)
  return [...unknown]
}
