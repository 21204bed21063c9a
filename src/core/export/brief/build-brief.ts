import type { NoteRecord } from '../../../shared/model/records'
import { tryMigrateNoteDocument } from '../../notes/note-document'
import { walkNoteNodes, type NoteDoc } from '../../notes/note-json'
import type { ExportContext, ExportData } from '../export-data'
import type { BriefBlock, BriefDocument } from './brief-model'
import { briefLookups, type BriefLookups } from './brief-lookups'
import { run } from './brief-runs'
import { briefTitle } from './brief-title'
import { formatExportDate } from './export-date'
import { createFootnoteRegistry, type FootnoteRegistry } from './footnote-registry'
import { blocksFrom } from './note-blocks'

function topHeadingLevel(doc: NoteDoc): number | null {
  let top: number | null = null
  for (const node of walkNoteNodes(doc)) {
    const level = node.type === 'heading' ? node.attrs?.['level'] : undefined
    if (typeof level === 'number' && (top === null || level < top)) top = level
  }
  return top
}

function noteBlocks(
  note: NoteRecord,
  parentLevel: number,
  lookups: BriefLookups,
  footnotes: FootnoteRegistry
): BriefBlock[] {
  // Always migrate: a note saved by an older editor must read as the current schema.
  const migrated = tryMigrateNoteDocument(note)
  if (!migrated.ok)
    return [
      {
        kind: 'paragraph',
        content: [run(`This note could not be read: ${migrated.error.message}`, { italic: true })]
      }
    ]
  const doc = migrated.value.doc
  // The note's own top heading lands one level under the heading that carries its title.
  const top = topHeadingLevel(doc) ?? parentLevel + 1
  const headingShift = Math.max(0, parentLevel + 1 - top)
  return blocksFrom(doc.content, { lookups, footnotes, articleId: note.articleId, headingShift })
}

/** The brief of `data.notes`: one section per note (a single note is the whole document). */
export function buildBrief(data: ExportData, ctx: ExportContext): BriefDocument {
  const lookups = briefLookups(data)
  const footnotes = createFootnoteRegistry()
  const blocks: BriefBlock[] = []
  if (data.notes.length === 0)
    blocks.push({ kind: 'paragraph', content: [run('No briefing notes in this export.')] })
  else if (data.notes.length === 1)
    blocks.push(...noteBlocks(data.notes[0]!, 1, lookups, footnotes))
  else
    for (const note of data.notes) {
      const title = note.title.trim() || 'Untitled note'
      blocks.push({ kind: 'heading', level: 2, content: [run(title)] })
      blocks.push(...noteBlocks(note, 2, lookups, footnotes))
    }
  return {
    title: briefTitle(data),
    subtitle: `Exported ${formatExportDate(ctx.now)} from Analyst Workbench ${ctx.appVersion}`,
    createdAt: ctx.now,
    blocks,
    footnotes: footnotes.footnotes()
  }
}
