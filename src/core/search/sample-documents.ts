// Seeded search documents for the tests of this folder (not exported by index).
import type { SearchDocument, SearchKind } from './search-document'

// Shared stems ("mil…", "con…"), near spellings and words of every length, so that prefixes and
// typos match many words and many documents.
const WORDS = (
  'militia military million mild mile convoy convoys contested control conflict dispute ' +
  'disputed displaced strike strikes striker drone drones shelling shells casualty ' +
  'casualties figures humanitarian access crossing border aid camp camps refugees'
).split(' ')
const KINDS: SearchKind[] = ['article', 'annotation', 'event', 'note']

/** `count` documents of pseudo-random words, kinds in turn; field lengths vary. */
export function sampleDocuments(count: number, seed = 7): SearchDocument[] {
  let state = seed
  const next = (n: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % n
  }
  const text = (length: number): string =>
    Array.from({ length }, () => WORDS[next(WORDS.length)]).join(' ')
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!
    return {
      id: `${kind}:r${i}`,
      kind,
      recordId: `r${i}`,
      articleId: null,
      title: text(1 + next(6)),
      body: text(next(40)),
      meta: next(3) === 0 ? text(2) : ''
    }
  })
}
