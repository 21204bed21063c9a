import {
  MAX_ARTICLE_TEXT_CHARS,
  MAX_COMMENT_CHARS,
  MAX_NOTE_CHARS,
  formatChars,
  noteDocChars
} from '../../shared/content-limits'
import type { AnchorSelectors } from '../../shared/model/anchor'
import type { StoredAnchor } from '../../shared/model/annotation'
import type { EventActor } from '../../shared/model/event'
import { plainText } from '../article/plain-text'
import { EVENT_FIELDS } from '../events/event-field-labels'
import { countNoun } from '../text/count-noun'
import type { BackupFile, BackupTableName, BackupTables } from './backup-format'
import { BACKUP_PRIMARY_KEYS, BACKUP_TABLES } from './backup-format'

/**
 * What a repair does to a record whose references or size are wrong:
 * - `leave-out`: the record is not restored (it cannot exist without what it refers to);
 * - `unlink-article`: a note about a missing article is kept as a note across articles, as
 *   deleting an article in the workbench leaves it;
 * - `unlink-actor`: an event's actor missing from the registry is kept by its name only;
 * - `mark-lost`: a passage outside its article's text (or reversed) is kept as lost ("orphaned"),
 *   as the reader shows one whose text is gone: never painted on whatever text is at the offsets.
 */
export type RepairAction = 'leave-out' | 'unlink-article' | 'unlink-actor' | 'mark-lost'

/** One record a restore cannot take as it is. */
export interface IntegrityProblem {
  table: BackupTableName
  id: string
  /** What an analyst recognises the record by: a title, a quote, an event's date and type. */
  label: string
  /** Why, as a sentence fragment: "its article “a-9” is not in the backup". */
  reason: string
  repair: RepairAction
}

type Rec = Record<string, unknown>

// Every field that can cite a passage (the event form's order).
const ANCHORED_FIELDS = EVENT_FIELDS
const ACTOR_FIELDS = ['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const

const clip = (text: string, max = 60): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text

const quoteOf = (selectors: AnchorSelectors | undefined): string =>
  clip((selectors?.quote?.exact ?? '').replace(/\s+/g, ' ').trim())

/** Why an anchor cannot point into a text of `length` characters, or null when it can. */
function anchorProblem(anchor: StoredAnchor | undefined, length: number): string | null {
  if (!anchor || anchor.status === 'orphaned') return null
  const { start, end } = anchor
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0)
    return `its passage starts at ${String(start)}, outside the text`
  if (end < start) return `its passage is reversed (ends at ${end}, before its start ${start})`
  if (end > length)
    return `its passage (${start}–${end}) runs past the end of its article's text (${countNoun(length, 'character')})`
  return null
}

/** Why a position selector is impossible, or null. It refers to the text it was made on. */
function selectorProblem(selectors: AnchorSelectors | undefined): string | null {
  const position = selectors?.position
  if (!position) return null
  if (position.start < 0 || position.end < position.start)
    return `its position selector (${position.start}–${position.end}) is reversed or negative`
  return null
}

/**
 * Every record whose references are broken, or which is larger than the workbench accepts, in a
 * backup that has passed its schemas (parseBackup). Checked: each annotation's, event's and
 * article revision's article; each note's article; each note revision's note; each event actor's
 * registry entry; every stored passage within its article's text; article, comment and note sizes.
 * A note citing a deleted highlight or event is not broken: the workbench shows such a citation
 * as "source deleted" (deleting a highlight leaves it so).
 */
export function checkIntegrity(tables: BackupTables): IntegrityProblem[] {
  const problems: IntegrityProblem[] = []
  const textLength = new Map<string, number>()
  for (const article of tables.articles) {
    const length = plainText(article.blocks).length
    if (length > MAX_ARTICLE_TEXT_CHARS) {
      problems.push({
        table: 'articles',
        id: article.id,
        label: `“${clip(article.title)}”`,
        reason: `its text has ${formatChars(length)}; an article holds at most ${formatChars(MAX_ARTICLE_TEXT_CHARS)}`,
        repair: 'leave-out'
      })
    } else textLength.set(article.id, length)
  }
  const missingArticle = (articleId: string): string =>
    `its article “${articleId}” is not in the backup`

  for (const revision of tables.articleRevisions) {
    if (!textLength.has(revision.articleId))
      problems.push({
        table: 'articleRevisions',
        id: revision.id,
        label: `an earlier text of article “${revision.articleId}”`,
        reason: missingArticle(revision.articleId),
        repair: 'leave-out'
      })
  }

  for (const annotation of tables.annotations) {
    const label = `highlight “${quoteOf(annotation.selectors)}”`
    const length = textLength.get(annotation.articleId)
    const push = (reason: string, repair: RepairAction): void => {
      problems.push({ table: 'annotations', id: annotation.id, label, reason, repair })
    }
    if (length === undefined) push(missingArticle(annotation.articleId), 'leave-out')
    else if (selectorProblem(annotation.selectors))
      push(selectorProblem(annotation.selectors)!, 'leave-out')
    else if (annotation.commentHtml.length > MAX_COMMENT_CHARS)
      push(
        `its comment has ${formatChars(annotation.commentHtml.length)}; a comment holds at most ${formatChars(MAX_COMMENT_CHARS)}`,
        'leave-out'
      )
    else {
      const anchor = anchorProblem(annotation.anchor, length)
      if (anchor) push(anchor, 'mark-lost')
    }
  }

  const actorIds = new Set(tables.actors.map((actor) => actor.id))
  for (const event of tables.events) {
    const label = `event ${event.eventDate || '(no date)'} ${event.eventType || '(no type)'}`.trim()
    const length = textLength.get(event.articleId)
    const push = (reason: string, repair: RepairAction): void => {
      problems.push({ table: 'events', id: event.id, label, reason, repair })
    }
    if (length === undefined) {
      push(missingArticle(event.articleId), 'leave-out')
      continue
    }
    const badSelector = ANCHORED_FIELDS.map((f) =>
      selectorProblem(event.evidence[f]?.selectors)
    ).find((p) => p !== null)
    if (badSelector) {
      push(`a cited passage: ${badSelector}`, 'leave-out')
      continue
    }
    const badAnchor = ANCHORED_FIELDS.map((f) =>
      anchorProblem(event.evidence[f]?.anchor, length)
    ).find((p) => p !== null)
    if (badAnchor) push(`a cited passage: ${badAnchor}`, 'mark-lost')
    const missingActor = ACTOR_FIELDS.map((f) => event[f] as EventActor | null).find(
      (actor) => actor !== null && actor.actorId !== null && !actorIds.has(actor.actorId)
    )
    if (missingActor)
      push(
        `its actor “${clip(missingActor.name)}” points to actor “${missingActor.actorId}”, which is not in the backup`,
        'unlink-actor'
      )
  }

  const noteIds = new Set<string>()
  for (const note of tables.notes) {
    const label = `note “${clip(note.title || 'Untitled')}”`
    const chars = noteDocChars(note.doc)
    if (chars > MAX_NOTE_CHARS) {
      problems.push({
        table: 'notes',
        id: note.id,
        label,
        reason: `it holds ${formatChars(chars)}; a note holds at most ${formatChars(MAX_NOTE_CHARS)}`,
        repair: 'leave-out'
      })
      continue
    }
    noteIds.add(note.id)
    if (note.articleId !== null && !textLength.has(note.articleId))
      problems.push({
        table: 'notes',
        id: note.id,
        label,
        reason: missingArticle(note.articleId),
        repair: 'unlink-article'
      })
  }
  for (const revision of tables.noteRevisions) {
    if (!noteIds.has(revision.noteId))
      problems.push({
        table: 'noteRevisions',
        id: revision.id,
        label: `an earlier version of note “${clip(revision.title || 'Untitled')}”`,
        reason: `its note “${revision.noteId}” is not in the backup`,
        repair: 'leave-out'
      })
  }
  return problems
}

const LOST = { start: -1, end: -1, status: 'orphaned', score: 0 } as const

function markLost<T extends { anchor: StoredAnchor }>(holder: T, length: number): T {
  return anchorProblem(holder.anchor, length) === null
    ? holder
    : { ...holder, anchor: { ...holder.anchor, ...LOST } }
}

/**
 * The backup with each problem repaired as its `repair` says, and the counts made true. The
 * repairs never invent content: a record is left out, loses a link, or has its passage marked
 * lost. Applying it to the problems of its own backup leaves a backup with none.
 */
export function repairIntegrity(
  file: BackupFile,
  problems: readonly IntegrityProblem[]
): BackupFile {
  const byTable = new Map<BackupTableName, Map<string, RepairAction>>()
  for (const problem of problems) {
    const table = byTable.get(problem.table) ?? new Map<string, RepairAction>()
    table.set(problem.id, problem.repair)
    byTable.set(problem.table, table)
  }
  const textLength = new Map<string, number>()
  for (const article of file.tables.articles)
    if (byTable.get('articles')?.get(article.id) !== 'leave-out')
      textLength.set(article.id, plainText(article.blocks).length)
  const actorIds = new Set(file.tables.actors.map((actor) => actor.id))

  const repairOne = (name: BackupTableName, record: Rec): Rec | null => {
    const action = byTable.get(name)?.get(String(record[BACKUP_PRIMARY_KEYS[name]]))
    if (action === undefined) return record
    if (action === 'leave-out') return null
    if (action === 'unlink-article') return { ...record, articleId: null }
    const length = textLength.get(String(record['articleId'])) ?? 0
    if (name === 'annotations') return markLost(record as Rec & { anchor: StoredAnchor }, length)
    // Events: lost passages and unlinked actors (both may apply to one event).
    const event = record as Rec & { evidence: Rec }
    const evidence = Object.fromEntries(
      Object.entries(event.evidence).map(([field, cited]) => [
        field,
        cited ? markLost(cited as { anchor: StoredAnchor }, length) : cited
      ])
    )
    const actors = Object.fromEntries(
      ACTOR_FIELDS.map((field) => {
        const actor = event[field] as EventActor | null
        return [
          field,
          actor && actor.actorId !== null && !actorIds.has(actor.actorId)
            ? { ...actor, actorId: null }
            : actor
        ]
      })
    )
    return { ...event, ...actors, evidence }
  }

  const tables = Object.fromEntries(
    BACKUP_TABLES.map((name) => {
      const records = file.tables[name] as unknown as Rec[]
      return [name, records.map((r) => repairOne(name, r)).filter((r): r is Rec => r !== null)]
    })
  ) as unknown as BackupTables
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, tables[name].length])
  ) as BackupFile['counts']
  return { ...file, counts, tables }
}

const REPAIR_WORDS: Record<RepairAction, string> = {
  'leave-out': 'left out',
  'unlink-article': 'kept as a note across articles',
  'unlink-actor': 'actor kept by name only',
  'mark-lost': 'passage marked as lost'
}

/** How a repair reads in a list: "left out", "passage marked as lost". */
export const describeRepair = (action: RepairAction): string => REPAIR_WORDS[action]

const LISTED_PROBLEMS = 5

/** The refusal for a backup with problems, listing the first few and how many more. */
export function describeIntegrityProblems(problems: readonly IntegrityProblem[]): string {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `${p.label}: ${p.reason}`)
  const more = problems.length - listed.length
  return (
    `This backup holds ${problems.length === 1 ? 'a record' : `${problems.length} records`} the ` +
    `workbench cannot restore as ${problems.length === 1 ? 'it is' : 'they are'} — ${listed.join('; ')}` +
    `${more > 0 ? `; and ${more} more` : ''}. Nothing was changed.`
  )
}
