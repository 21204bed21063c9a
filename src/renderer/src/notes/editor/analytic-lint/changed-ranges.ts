import type { Transaction } from '@tiptap/pm/state'

/**
 * The ranges of the new document a transaction touched, each widened by one position so the
 * blocks on both sides of a split or join are included. Ranges from earlier steps are mapped
 * through later ones.
 */
export function changedRanges(tr: Transaction): Array<{ from: number; to: number }> {
  let ranges: Array<{ from: number; to: number }> = []
  for (const map of tr.mapping.maps) {
    ranges = ranges.map(({ from, to }) => ({ from: map.map(from, -1), to: map.map(to, 1) }))
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) =>
      ranges.push({ from: newStart, to: newEnd })
    )
  }
  const size = tr.doc.content.size
  return ranges.map(({ from, to }) => ({
    from: Math.max(0, Math.min(from, to) - 1),
    to: Math.min(size, Math.max(from, to) + 1)
  }))
}
