/**
 * Articles up to this many elements and characters are put in the page in one go, as they always
 * were (a 100,000-word article is about 1,500 paragraphs and 600,000 characters).
 */
export const WHOLE_UP_TO = { elements: 2_500, chars: 1_500_000 }
/** The first batch of a longer one: more than a screenful of text, little enough to show at once. */
export const FIRST_BATCH = { elements: 150, chars: 40_000 }
/** Each later batch: a few milliseconds to create and style, a few dozen to lay out. */
export const LATER_BATCH = { elements: 50, chars: 25_000 }

/**
 * Splits the reader's elements into the batches it puts in the page one task after another:
 * one batch for an ordinary article; for a long one a small first batch, then larger ones.
 * The batches, joined, are `items` in order.
 */
export function chunkBatches<T extends { text: string }>(items: readonly T[]): T[][] {
  const chars = items.reduce((n, c) => n + c.text.length, 0)
  if (items.length <= WHOLE_UP_TO.elements && chars <= WHOLE_UP_TO.chars) return [[...items]]
  const batches: T[][] = []
  let batch: T[] = []
  let size = 0
  for (const item of items) {
    const limit = batches.length === 0 ? FIRST_BATCH : LATER_BATCH
    if (
      batch.length > 0 &&
      (batch.length >= limit.elements || size + item.text.length > limit.chars)
    ) {
      batches.push(batch)
      batch = []
      size = 0
    }
    batch.push(item)
    size += item.text.length
  }
  if (batch.length > 0) batches.push(batch)
  return batches
}
