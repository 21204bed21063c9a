// One precompiled matcher for every lexicon (actors, places, triggers): the text is tokenised once
// and each lexicon is a trie of token keys, so a lookup costs one walk per token whatever the
// number of aliases, and the longest alias at a position always wins.

/** A word of the text: its span, its raw spelling and the key it is matched by. */
export interface Token {
  start: number
  end: number
  raw: string
  key: string
}

/** How an alias's case must match: any case; exactly ("US", "IS"); or capitalised (proper nouns). */
export type CaseRule = 'any' | 'exact' | 'capitalized'

export interface PhraseEntry<T> {
  phrase: string
  value: T
  caseRule?: CaseRule
}

export interface PhraseMatch<T> {
  value: T
  start: number
  end: number
  words: string
  /** Index of the first and one past the last token matched. */
  firstToken: number
  endToken: number
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  entries: { value: T; caseRule: CaseRule; raw: string[] }[]
}

// Abbreviations with inner dots ("U.S.", "a.m.") are one token; apostrophes inside a word
// ("Kata'ib") stay, a possessive "'s" does not; hyphens split ("Iran-backed" = "Iran" "backed").
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’](?!s(?![\p{L}\p{N}]))[\p{L}\p{N}]+)*/gu
const POSSESSIVE_S = /^['’]s$/
const ARTICLES = new Set(['the', 'a', 'an'])

// Most words are plain ASCII letters and digits, whose key is just lower case: NFD
// normalisation is the costliest step of tokenising, and of building the tries.
const PLAIN_WORD = /^[A-Za-z0-9]*$/

/** The key a word is matched by: lower case, no accents, no apostrophes. */
export function tokenKey(raw: string): string {
  if (PLAIN_WORD.test(raw)) return raw.toLowerCase()
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʻʼ‘`]/g, '')
    .toLowerCase()
}

/** Splits text (or text[from, to)) into tokens with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = from
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0]
    const start = m.index
    // "Iran's": the regex leaves a lone "s" after the apostrophe; it is not a word.
    if (raw === 's' && start >= 1 && POSSESSIVE_S.test(text.slice(start - 1, start + 1))) continue
    tokens.push({ start, end: start + raw.length, raw, key: tokenKey(raw) })
  }
  return tokens
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const caseOk = (
  rule: CaseRule,
  expected: readonly string[],
  tokens: readonly Token[],
  at: number
): boolean => {
  if (rule === 'any') return true
  if (rule === 'exact') return expected.every((w, k) => tokens[at + k]?.raw === w)
  const first = tokens[at]?.raw ?? ''
  return first !== '' && first[0] !== first[0]?.toLowerCase()
}

/** A lexicon compiled to a trie of token keys. */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), entries: [] }
  readonly size: number

  /** Entries listed first win when two have the same key and case rule. */
  constructor(entries: Iterable<PhraseEntry<T>>) {
    let size = 0
    for (const entry of entries) {
      // A leading article is not part of a name: "the Islamic State West Africa Province" must be
      // free to match from "Islamic", and "the army" is found as "army".
      const all = tokenize(entry.phrase)
      const words = all.length > 1 && ARTICLES.has(all[0]?.key ?? '') ? all.slice(1) : all
      if (words.length === 0) continue
      let node = this.root
      for (const w of words) {
        let child = node.next.get(w.key)
        if (!child) {
          child = { next: new Map(), entries: [] }
          node.next.set(w.key, child)
        }
        node = child
      }
      const caseRule = entry.caseRule ?? 'any'
      if (node.entries.some((e) => e.caseRule === caseRule)) continue
      node.entries.push({ value: entry.value, caseRule, raw: words.map((w) => w.raw) })
      size++
    }
    this.size = size
  }

  /** Leftmost-longest, non-overlapping matches among tokens[from, to). */
  match(text: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = []
    let i = from
    while (i < to) {
      let node: TrieNode<T> | undefined = this.root
      let best: { value: T; endToken: number } | null = null
      for (let j = i; j < to && node; j++) {
        node = node.next.get((tokens[j] as Token).key)
        if (!node) break
        const hit = node.entries.find((e) => caseOk(e.caseRule, e.raw, tokens, i))
        if (hit) best = { value: hit.value, endToken: j + 1 }
      }
      if (best) {
        const first = tokens[i] as Token
        const last = tokens[best.endToken - 1] as Token
        found.push({
          value: best.value,
          start: first.start,
          end: last.end,
          words: text.slice(first.start, last.end),
          firstToken: i,
          endToken: best.endToken
        })
        i = best.endToken
      } else i++
    }
    return found
  }
}
