import type { EventRecord, NoteRecord } from '../../shared/model/records'
import { tryMigrateNoteDocument } from '../notes/note-document'
import { walkNoteNodes } from '../notes/note-json'
import type { ExportData, ExportScope } from './export-data'

const EMPTY: ExportData = { articles: [], annotations: [], events: [], actors: [], notes: [] }

interface Picked {
  articleIds: Set<string>
  annotationIds: Set<string>
  eventIds: Set<string>
}

function byCreation(notes: readonly NoteRecord[]): NoteRecord[] {
  return [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

function actorIds(events: readonly EventRecord[]): Set<string> {
  const ids = new Set<string>()
  for (const event of events)
    for (const actor of [event.actor1, event.assocActor1, event.actor2, event.assocActor2])
      if (actor?.actorId) ids.add(actor.actorId)
  return ids
}

/** Keeps the picked records (in their original order), their articles and their events' actors. */
function keep(all: ExportData, picked: Picked, notes: readonly NoteRecord[]): ExportData {
  const annotations = all.annotations.filter((a) => picked.annotationIds.has(a.id))
  const events = all.events.filter((e) => picked.eventIds.has(e.id))
  for (const record of [...annotations, ...events]) picked.articleIds.add(record.articleId)
  const actors = actorIds(events)
  return {
    articles: all.articles.filter((a) => picked.articleIds.has(a.id)),
    annotations,
    events,
    actors: all.actors.filter((a) => actors.has(a.id)),
    notes: byCreation(notes)
  }
}

/** What a note shows: the records it cites and those its live blocks draw. */
function pickForNote(all: ExportData, note: NoteRecord): Picked {
  const picked: Picked = { articleIds: new Set(), annotationIds: new Set(), eventIds: new Set() }
  if (note.articleId !== null) picked.articleIds.add(note.articleId)
  const migrated = tryMigrateNoteDocument(note)
  if (!migrated.ok) return picked
  const inScope = (record: { articleId: string }): boolean =>
    note.articleId === null || record.articleId === note.articleId
  for (const node of walkNoteNodes(migrated.value.doc)) {
    const attrs = node.attrs ?? {}
    if (node.type === 'citedQuote' && typeof attrs['annotationId'] === 'string')
      picked.annotationIds.add(attrs['annotationId'])
    else if (node.type === 'eventCard' && typeof attrs['eventId'] === 'string')
      picked.eventIds.add(attrs['eventId'])
    else if (node.type === 'liveBlock' && attrs['kind'] === 'timeline')
      for (const event of all.events.filter(inScope)) picked.eventIds.add(event.id)
    else if (node.type === 'liveBlock' && attrs['kind'] === 'sources') {
      // Exactly what sourceRowsFrom lists: graded annotations and events that name a source.
      for (const a of all.annotations)
        if (inScope(a) && a.grade !== null) picked.annotationIds.add(a.id)
      for (const e of all.events)
        if (inScope(e) && e.sourceName.trim() !== '') picked.eventIds.add(e.id)
    }
  }
  return picked
}

/**
 * The part of `all` an export of `scope` may show: a note with what it cites and draws (and its
 * own article), an article with everything on it, or everything. Records keep their order; notes
 * are ordered by creation. An unknown id selects nothing (the caller reports it).
 */
export function selectScope(all: ExportData, scope: ExportScope): ExportData {
  if (scope.kind === 'everything') return { ...all, notes: byCreation(all.notes) }
  if (scope.kind === 'note') {
    const note = all.notes.find((n) => n.id === scope.noteId)
    return note ? keep(all, pickForNote(all, note), [note]) : EMPTY
  }
  const { articleId } = scope
  if (!all.articles.some((a) => a.id === articleId)) return EMPTY
  const picked: Picked = {
    articleIds: new Set([articleId]),
    annotationIds: new Set(
      all.annotations.filter((a) => a.articleId === articleId).map((a) => a.id)
    ),
    eventIds: new Set(all.events.filter((e) => e.articleId === articleId).map((e) => e.id))
  }
  return keep(
    all,
    picked,
    all.notes.filter((n) => n.articleId === articleId)
  )
}
