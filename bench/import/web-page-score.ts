// Scores an imported web page against Firefox Reader View's extraction (the corpus's
// expected.html and expected-metadata.json). Pure functions, shared by the bench
// (web-page-bench.ts) and the corpus test (src/renderer/src/import/web-page-corpus.test.ts).

/** Targets from issue 13. */
export const WEB_PAGE_TARGETS = {
  /** A page is "good" at this word-level F1 or above… */
  goodF1: 0.9,
  /** …and at least this share of pages must be good. */
  goodShare: 0.9,
  /** No page may show more than this share of its words outside the article. */
  maxOutside: 0.1,
  /** Title and byline both right on at least this share of pages. */
  metadataShare: 0.9
} as const

/**
 * Words of `text`, lower-cased: runs of letters and digits, and each Chinese or Japanese
 * character on its own (those scripts do not separate words with spaces).
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(
        /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\s\p{P}\p{S}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu
      ) ?? []
  )
}

function bag(words: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1)
  return out
}

export interface WordScore {
  precision: number
  recall: number
  f1: number
  /** Share of the shown words that are not in the article (1 − precision). */
  outside: number
  shown: number
  expected: number
}

/** Word-level precision, recall and F1 of `shown` against `expected`, as bags of words. */
export function scoreWords(shown: string, expected: string): WordScore {
  const a = wordsOf(shown)
  const b = wordsOf(expected)
  const bb = bag(b)
  let common = 0
  for (const [w, n] of bag(a)) common += Math.min(n, bb.get(w) ?? 0)
  const precision = a.length === 0 ? 0 : common / a.length
  const recall = b.length === 0 ? 0 : common / b.length
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {
    precision,
    recall,
    f1,
    outside: a.length === 0 ? 0 : 1 - precision,
    shown: a.length,
    expected: b.length
  }
}

/** Metadata text compared as a reader would: case, spacing and quote styles ignored. */
export function sameMetadata(got: string, expected: string | null | undefined): boolean {
  const norm = (s: string): string =>
    s
      .normalize('NFKC')
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  return norm(got) === norm(expected ?? '')
}

export interface PageResult {
  name: string
  words: WordScore
  titleRight: boolean
  bylineRight: boolean
}

export interface CorpusSummary {
  pages: number
  good: number
  goodShare: number
  meanF1: number
  worstOutside: number
  pagesOverOutside: number
  metadataRight: number
  metadataShare: number
}

/** The corpus-wide figures the targets are stated in. */
export function summarise(results: PageResult[]): CorpusSummary {
  const n = results.length
  const good = results.filter((r) => r.words.f1 >= WEB_PAGE_TARGETS.goodF1).length
  const metadataRight = results.filter((r) => r.titleRight && r.bylineRight).length
  return {
    pages: n,
    good,
    goodShare: n === 0 ? 0 : good / n,
    meanF1: n === 0 ? 0 : results.reduce((s, r) => s + r.words.f1, 0) / n,
    worstOutside: Math.max(0, ...results.map((r) => r.words.outside)),
    pagesOverOutside: results.filter((r) => r.words.outside > WEB_PAGE_TARGETS.maxOutside).length,
    metadataRight,
    metadataShare: n === 0 ? 0 : metadataRight / n
  }
}
