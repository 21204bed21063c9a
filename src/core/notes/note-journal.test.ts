import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applySplice,
  diffBlocks,
  planReplay,
  replayEntries,
  type JournalBase,
  type JournalEntry,
  type JournalRow
} from './note-journal'

interface Block {
  text: string
}
const block = (text: string): Block => ({ text })

/** One edit as the editor makes them: a block typed in, blocks added, removed or replaced. */
type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'insert'; at: number; texts: string[] }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'replace'; at: number; count: number; texts: string[] }
  | { kind: 'select' }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    texts: fc.array(fc.string(), { minLength: 1, maxLength: 4 })
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.nat({ max: 4 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    count: fc.nat({ max: 4 }),
    texts: fc.array(fc.string(), { maxLength: 4 })
  }),
  // A transaction that changes no block (a selection, the chunks regrouped).
  fc.constant({ kind: 'select' as const })
)

/** The blocks after an edit: untouched blocks stay the same objects, as in ProseMirror. */
function make(blocks: readonly Block[], e: Edit): Block[] {
  const at = blocks.length === 0 ? 0 : e.kind === 'select' ? 0 : e.at % (blocks.length + 1)
  switch (e.kind) {
    case 'type':
      if (at >= blocks.length) return [...blocks, block(e.text)]
      return blocks.map((b, i) => (i === at ? block(b.text + e.text) : b))
    case 'insert':
      return [...blocks.slice(0, at), ...e.texts.map(block), ...blocks.slice(at)]
    case 'delete':
      return [...blocks.slice(0, at), ...blocks.slice(at + e.count)]
    case 'replace':
      return [...blocks.slice(0, at), ...e.texts.map(block), ...blocks.slice(at + e.count)]
    case 'select':
      return [...blocks]
  }
}

/** What IndexedDB gives back: a structured clone, never the same objects. */
const stored = <T>(value: T): T => structuredClone(value)

const base = (session: string, savedThrough: number): JournalBase => ({
  noteId: 'n',
  session,
  seq: 0,
  savedThrough
})

describe('the note journal', () => {
  it('replays any sequence of edits, cut at any point, to exactly the typed note', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 8 }),
        fc.array(edit, { maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (initial, edits, saveAt, crashAt) => {
          // The session types: each change that touches a block is journalled, in order.
          const versions: Block[][] = [initial.map(block)]
          const entries: JournalEntry<Block>[] = []
          for (const e of edits) {
            const before = versions[versions.length - 1]!
            const after = make(before, e)
            const splice = diffBlocks(before, after)
            if (!splice) continue
            versions.push(after)
            entries.push({ ...splice, noteId: 'n', session: 's', seq: entries.length + 1, at: '' })
          }
          // The last full save held the first `saved` changes; the browser died after `crashed`.
          const crashed = crashAt % (entries.length + 1)
          const saved = saveAt % (crashed + 1)
          const note = stored(versions[saved]!)
          const rows: JournalRow<Block>[] = stored([
            base('s', saved),
            ...entries.slice(saved, crashed)
          ])
          const plan = planReplay(rows)
          expect(plan.keepAside).toEqual([])
          const out = replayEntries(note, plan.replay)
          expect(out.failed).toEqual([])
          expect(out.blocks).toEqual(versions[crashed])
        }
      ),
      { numRuns: 500 }
    )
  })

  it('finds only the blocks a change touched', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(block) as [Block, Block, Block, Block]
    const typed = block('b!')
    expect(diffBlocks([a, b, c], [a, typed, c])).toEqual({
      length: 3,
      from: 1,
      to: 2,
      blocks: [typed]
    })
    expect(diffBlocks([a, b, c], [a, b, c, d])).toEqual({ length: 3, from: 3, to: 3, blocks: [d] })
    expect(diffBlocks([a, b, c], [a, c])).toEqual({ length: 3, from: 1, to: 2, blocks: [] })
    expect(diffBlocks([a, b], [a, b])).toBeNull()
    // A repeated block (same object twice) is still one block removed, not a confusion.
    expect(applySplice([a, a, a], diffBlocks([a, a, a], [a, a])!)).toEqual([a, a])
  })

  it('refuses a change made on a note of another shape', () => {
    expect(applySplice(['x'], { length: 2, from: 0, to: 1, blocks: ['y'] })).toBeNull()
    expect(applySplice(['x', 'y'], { length: 2, from: 2, to: 1, blocks: [] })).toBeNull()
    expect(applySplice(['x', 'y'], { length: 2, from: 0, to: 3, blocks: [] })).toBeNull()
    const entry = (seq: number, length: number): JournalEntry<string> => ({
      noteId: 'n',
      session: 's',
      seq,
      at: '',
      length,
      from: 0,
      to: 0,
      blocks: ['new']
    })
    // The second change does not fit (the note had 1 block after the first, not 5): it and the
    // third, which builds on it, are returned, not dropped.
    const out = replayEntries(['x'], [entry(1, 1), entry(2, 5), entry(3, 3)])
    expect(out.blocks).toEqual(['new', 'x'])
    expect(out.applied.map((e) => e.seq)).toEqual([1])
    expect(out.failed.map((e) => e.seq)).toEqual([2, 3])
  })

  it("keeps aside another session's changes and those after a missing one", () => {
    const entry = (session: string, seq: number, keptAside?: true): JournalEntry<string> => ({
      noteId: 'n',
      session,
      seq,
      at: '',
      length: 0,
      from: 0,
      to: 0,
      blocks: [],
      ...(keptAside ? { keptAside } : {})
    })
    const plan = planReplay<string>([
      entry('s', 4),
      entry('s', 2),
      base('s', 2),
      entry('s', 3),
      entry('t', 1),
      entry('s', 6),
      entry('u', 1, true)
    ])
    expect(plan.covered.map((e) => e.seq)).toEqual([2])
    expect(plan.replay.map((e) => e.seq)).toEqual([3, 4])
    expect(plan.keepAside.map((e) => `${e.session}${e.seq}`)).toEqual(['s6', 't1'])
    // No base (or two): nothing is known to fit the stored note.
    expect(planReplay<string>([entry('s', 1)]).keepAside).toHaveLength(1)
    expect(
      planReplay<string>([base('s', 0), base('t', 0), entry('s', 1)]).keepAside
    ).toHaveLength(1)
  })
})
