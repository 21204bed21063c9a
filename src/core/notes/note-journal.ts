/**
 * The note journal's decisions, pure: what changed between two versions of a note's top-level
 * blocks, how a change is replayed, and which journal rows a stored note can take back.
 *
 * Why the journal exists: a long note's full save is deferred (serialising 5,000 paragraphs on
 * every key would cost more than the key), so a browser killed between a key and the next save
 * lost the last keys. Every change is therefore also written at once as a *splice* of top-level
 * blocks, only the blocks it touched (one paragraph for a key), and the full save, when it comes,
 * deletes the splices it covers. Splices of stored blocks rather than ProseMirror steps: the
 * editor shows a long note in view-only chunks (notes/editor/chunks) whose positions the stored
 * note does not have, and a splice of the stored block list is the same with or without them.
 */

/** Replace `length` blocks' `[from, to)` with `blocks`: one change of a note. */
export interface BlockSplice<B> {
  /** How many top-level blocks the note had before the change (checked when replaying). */
  length: number
  from: number
  to: number
  blocks: B[]
}

/**
 * The smallest splice that turns `before` into `after`: the blocks between their common start
 * and common end. Blocks are compared with `same` (identity by default: ProseMirror keeps every
 * block a change did not touch as the same object). Null when nothing changed.
 */
export function diffBlocks<B>(
  before: readonly B[],
  after: readonly B[],
  same: (a: B, b: B) => boolean = Object.is
): BlockSplice<B> | null {
  const shortest = Math.min(before.length, after.length)
  let start = 0
  while (start < shortest && same(before[start]!, after[start]!)) start++
  let end = 0
  while (
    end < shortest - start &&
    same(before[before.length - 1 - end]!, after[after.length - 1 - end]!)
  )
    end++
  if (start === before.length && start === after.length) return null
  return {
    length: before.length,
    from: start,
    to: before.length - end,
    blocks: after.slice(start, after.length - end)
  }
}

/** `blocks` with the splice made; null when the splice was not made on a list of this shape. */
export function applySplice<B>(blocks: readonly B[], splice: BlockSplice<B>): B[] | null {
  const { length, from, to } = splice
  if (blocks.length !== length) return null
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from > to || to > length)
    return null
  return [...blocks.slice(0, from), ...splice.blocks, ...blocks.slice(to)]
}

/** A change as the journal stores it: one editing session's `seq`-th change of one note. */
export interface JournalEntry<B> extends BlockSplice<B> {
  noteId: string
  /** The editing session that made it (an editor opened on the note). */
  session: string
  /** 1, 2, 3… in the order the session made its changes. */
  seq: number
  /** When it was made (ISO), for the report of a change that could not be replayed. */
  at: string
  /** Set once a change could not be replayed and was reported: kept, never replayed. */
  keptAside?: true
}

/**
 * The journal's row that says which session's changes the stored note holds: its `seq` is 0 and
 * `savedThrough` the last of that session's changes in the stored note. A session writes it when
 * it opens the note (0: the note as it found it) and with every full save, in the same
 * transaction, so the stored note and this row never disagree.
 */
export interface JournalBase {
  noteId: string
  session: string
  seq: 0
  savedThrough: number
}

export type JournalRow<B> = JournalEntry<B> | JournalBase

export const isJournalBase = <B>(row: JournalRow<B>): row is JournalBase => row.seq === 0

/** What a stored note takes back from its journal rows. */
export interface ReplayPlan<B> {
  /** The changes to replay, in order: the base session's, after what the note holds. */
  replay: JournalEntry<B>[]
  /** Changes that cannot be replayed on the stored note (another session's, or after a gap). */
  keepAside: JournalEntry<B>[]
  /** Changes the stored note already holds (a save that stopped before deleting them). */
  covered: JournalEntry<B>[]
}

/**
 * Sorts one note's journal rows into what to replay on the stored note, what it already holds,
 * and what cannot be replayed. Only the session named by the base row made its changes on the
 * stored note; a change of any other session (the note was saved from another window since, or
 * there is no base) or after a missing one is kept aside, never replayed on the wrong text.
 * Rows already kept aside are left out.
 */
export function planReplay<B>(rows: readonly JournalRow<B>[]): ReplayPlan<B> {
  const bases = rows.filter(isJournalBase)
  const entries = rows
    .filter((r): r is JournalEntry<B> => !isJournalBase(r) && !r.keptAside)
    .sort((a, b) => (a.session === b.session ? a.seq - b.seq : a.session < b.session ? -1 : 1))
  // Two bases cannot both be true; a note with two (two windows racing) replays nothing.
  const base = bases.length === 1 ? bases[0]! : null
  const plan: ReplayPlan<B> = { replay: [], keepAside: [], covered: [] }
  let next = base ? base.savedThrough + 1 : Number.NaN
  for (const entry of entries) {
    if (!base || entry.session !== base.session) plan.keepAside.push(entry)
    else if (entry.seq < next) plan.covered.push(entry)
    else if (entry.seq === next) {
      plan.replay.push(entry)
      next++
    } else plan.keepAside.push(entry)
  }
  return plan
}

/** The outcome of replaying changes on a stored note's blocks. */
export interface Replayed<B> {
  blocks: B[]
  /** The changes made, in order. */
  applied: JournalEntry<B>[]
  /** The first change that did not fit the blocks, and every later one (they build on it). */
  failed: JournalEntry<B>[]
}

/** Makes `entries` on `blocks` in order, stopping at the first that does not fit. */
export function replayEntries<B>(
  blocks: readonly B[],
  entries: readonly JournalEntry<B>[]
): Replayed<B> {
  let current: B[] = [...blocks]
  for (let i = 0; i < entries.length; i++) {
    const next = applySplice(current, entries[i]!)
    if (!next) return { blocks: current, applied: entries.slice(0, i), failed: entries.slice(i) }
    current = next
  }
  return { blocks: current, applied: [...entries], failed: [] }
}
