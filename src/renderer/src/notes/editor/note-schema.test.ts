import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Editor, getSchema } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { NOTE_MARK_TYPES, NOTE_NODE_TYPES, migrateNoteDocument } from '@core/notes/note-document'
import { emptyNoteDoc, type NoteDoc, type NoteJSONNode } from '@core/notes/note-json'
import { stripEmptyGuidance } from './guidance/strip-empty-guidance'
import { builtInTemplates } from '@core/notes/note-templates'
import { CHUNK_TYPE } from './chunks/chunk-json'
import { createNoteExtensions } from './note-extensions'

const fixturesDir = join(import.meta.dirname, '../../../../core/notes/fixtures')
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(fixturesDir, name), 'utf8'))] as const)

let editor: Editor | undefined
afterEach(() => editor?.destroy())

/** Opens a document with content checking on: a node the schema cannot hold throws. */
function open(doc: NoteJSONNode): Editor {
  editor = new Editor({
    extensions: createNoteExtensions(),
    content: doc as unknown as Record<string, unknown>,
    enableContentCheck: true,
    onContentError: ({ error }) => {
      throw error
    }
  })
  return editor
}

describe('note editor schema', () => {
  it('defines exactly the node and mark types of the current note schema version', () => {
    const schema = getSchema(createNoteExtensions())
    // Plus the chunk a long note is shown in, which never reaches a stored note (see NoteChunk).
    expect(Object.keys(schema.nodes).sort()).toEqual([...NOTE_NODE_TYPES, CHUNK_TYPE].sort())
    expect(Object.keys(schema.marks).sort()).toEqual([...NOTE_MARK_TYPES].sort())
  })

  // toMatchObject: the editor may fill in attrs with their defaults, but every stored node, mark,
  // attr value and text must come back.
  it.each(fixtures)('opens %s after migration without losing content', (_name, stored) => {
    const { doc } = migrateNoteDocument(stored)
    expect(open(doc).getJSON()).toMatchObject(doc)
  })

  it.each(builtInTemplates().map((t) => [t.id, t.doc] as const))(
    'opens the %s template',
    (_id, doc) => {
      // As the note is stored: guidance kept only where the template put it.
      expect(stripEmptyGuidance(open(doc).getJSON() as NoteDoc)).toEqual(doc)
    }
  )

  it('round-trips every fixture through HTML', () => {
    for (const [, stored] of fixtures) {
      const { doc } = migrateNoteDocument(stored)
      const html = open(doc).getHTML()
      editor?.destroy()
      expect(open(JSON.parse(JSON.stringify(doc))).getHTML()).toBe(html)
      editor?.destroy()
      expect(open(emptyNoteDoc()).commands.setContent(html)).toBe(true)
      // setContent is a transaction, so StarterKit's trailing paragraph appears after a final atom.
      const reopened = editor!.getJSON()
      if (doc.content.at(-1)?.type !== 'paragraph') reopened.content?.pop()
      expect(reopened).toMatchObject(doc)
      editor?.destroy()
    }
  })
})
