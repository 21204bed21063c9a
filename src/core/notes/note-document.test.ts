import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { NoteRecord } from '../../shared/model/note'
import {
  CURRENT_NOTE_SCHEMA_VERSION,
  NOTE_MIGRATIONS,
  NoteDocumentError,
  migrateNoteDocument,
  storedNoteSchema,
  tryMigrateNoteDocument,
  unknownNoteTypes,
  type StoredNote
} from './note-document'
import { walkNoteNodes, type NoteJSONNode } from './note-json'

const fixturesDir = join(import.meta.dirname, 'fixtures')
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    stored: JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as {
      schemaVersion: number
      doc: unknown
    }
  }))

const fixture = (name: string): { schemaVersion: number; doc: unknown } => {
  const found = fixtures.find((f) => f.name === name)
  if (!found) throw new Error(`missing fixture ${name}`)
  return found.stored
}

const nodesOfType = (doc: NoteJSONNode, type: string): NoteJSONNode[] =>
  [...walkNoteNodes(doc)].filter((n) => n.type === type)

describe('migrateNoteDocument', () => {
  it('has a migration for every earlier version and a fixture for every version', () => {
    for (let v = 1; v < CURRENT_NOTE_SCHEMA_VERSION; v++)
      expect(NOTE_MIGRATIONS[v]).toBeTypeOf('function')
    const versions = new Set(fixtures.map((f) => f.stored.schemaVersion))
    for (let v = 1; v <= CURRENT_NOTE_SCHEMA_VERSION; v++) expect(versions.has(v)).toBe(true)
  })

  it.each(fixtures.map((f) => [f.name, f.stored] as const))(
    'opens %s under the current schema',
    (_name, stored) => {
      const before = JSON.stringify(stored)
      const migrated = migrateNoteDocument(stored)
      expect(migrated.schemaVersion).toBe(CURRENT_NOTE_SCHEMA_VERSION)
      expect(unknownNoteTypes(migrated.doc)).toEqual([])
      expect(migrated.doc.content.length).toBeGreaterThan(0)
      expect(JSON.stringify(stored)).toBe(before)
    }
  )

  it('turns v1 citations into cited quotes with the cached quote', () => {
    const { doc } = migrateNoteDocument(fixture('note-v1-brief.json'))
    const quotes = nodesOfType(doc, 'citedQuote')
    expect(quotes.map((q) => q.attrs)).toEqual([
      {
        annotationId: 'ann-1',
        quote: 'three districts were hit overnight',
        grade: null,
        status: 'exact'
      },
      { annotationId: 'ann-2', quote: 'a second strike', grade: null, status: 'exact' },
      { annotationId: '', quote: 'lost source', grade: null, status: 'orphaned' }
    ])
    expect(quotes.every((q) => q.content === undefined)).toBe(true)
    expect(quotes[1]?.marks).toEqual([{ type: 'italic' }])
    expect(nodesOfType(doc, 'citation')).toEqual([])
  })

  it('turns v1 event references into event cards and keeps everything else', () => {
    const { doc } = migrateNoteDocument(fixture('note-v1-brief.json'))
    expect(nodesOfType(doc, 'eventCard').map((n) => n.attrs)).toEqual([{ eventId: 'evt-7' }])
    expect(doc.content.map((n) => n.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'blockquote',
      'eventCard',
      'horizontalRule',
      'paragraph'
    ])
    expect(nodesOfType(doc, 'hardBreak')).toHaveLength(1)
    expect(JSON.stringify(doc)).toContain('https://example.org/r')
  })

  it('gives an empty v1 document a paragraph', () => {
    expect(migrateNoteDocument(fixture('note-v1-empty.json')).doc).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }]
    })
  })

  it('leaves a current document as it was', () => {
    const stored = fixture('note-v2-brief.json')
    expect(migrateNoteDocument(stored).doc).toEqual(stored.doc)
  })

  it('refuses documents it cannot read', () => {
    const doc = { type: 'doc', content: [] }
    const codeOf = (stored: { schemaVersion: number; doc: unknown }): string => {
      try {
        migrateNoteDocument(stored)
        return 'none'
      } catch (error) {
        return error instanceof NoteDocumentError ? error.code : 'other'
      }
    }
    expect(codeOf({ schemaVersion: CURRENT_NOTE_SCHEMA_VERSION + 1, doc })).toBe('newer-version')
    expect(codeOf({ schemaVersion: 0, doc })).toBe('invalid-version')
    expect(codeOf({ schemaVersion: 1.5, doc })).toBe('invalid-version')
    expect(codeOf({ schemaVersion: 1, doc: '<p>html</p>' })).toBe('invalid-document')
    expect(codeOf({ schemaVersion: 1, doc: { type: 'paragraph' } })).toBe('invalid-document')
    expect(codeOf({ schemaVersion: 1, doc: { type: 'doc', content: [{ text: 'x' }] } })).toBe(
      'invalid-document'
    )
  })

  it('reports failures as a Result when asked', () => {
    const newer = tryMigrateNoteDocument({ schemaVersion: 99, doc: { type: 'doc', content: [] } })
    expect(newer.ok ? null : newer.error.code).toBe('unsupported')
    const broken = tryMigrateNoteDocument({ schemaVersion: 2, doc: null })
    expect(broken.ok ? null : broken.error.code).toBe('invalid-payload')
    expect(tryMigrateNoteDocument(fixture('note-v1-empty.json')).ok).toBe(true)
  })
})

describe('storedNoteSchema', () => {
  const record = {
    id: 'n1',
    articleId: null,
    title: 'Brief',
    schemaVersion: 1,
    doc: { type: 'doc', content: [] },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z'
  }

  it('accepts stored notes and keeps fields it does not know', () => {
    const parsed = storedNoteSchema.parse({ ...record, pinned: true })
    expect(parsed.pinned).toBe(true)
    expect(parsed.doc).toEqual({ type: 'doc', content: [] })
  })

  it('rejects malformed notes', () => {
    expect(storedNoteSchema.safeParse({ ...record, id: '' }).success).toBe(false)
    expect(storedNoteSchema.safeParse({ ...record, schemaVersion: 0 }).success).toBe(false)
    expect(storedNoteSchema.safeParse({ ...record, doc: { type: 'paragraph' } }).success).toBe(
      false
    )
    expect(storedNoteSchema.safeParse({ ...record, articleId: undefined }).success).toBe(false)
  })

  it('describes the shared NoteRecord', () => {
    expectTypeOf<StoredNote>().toExtend<NoteRecord>()
  })
})
