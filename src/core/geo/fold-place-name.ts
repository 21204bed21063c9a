// One key for every spelling of a place name that differs only in accents, case, apostrophes
// and hyphens: "Ma‘arrat al-Nu‘mān", "Maarrat al Numan" and "MA'ARRAT AL-NU'MAN" all fold to
// "maarrat al numan". The gazetteer's build script folds its names with this same function, so
// the committed index and the lookups can never disagree.

// Latin letters NFKD leaves whole (they are letters of their own, not a letter with a mark).
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss'
}
const OTHER_LETTERS = /[łøđðħıþæœß]/g
const MARKS = /\p{M}/gu
// Apostrophes, ayn and hamza marks (’‘`'ʿʾ, and ʼ ʻ used for the same sounds) vanish, so
// "Ma'arrat" and "Maarrat" meet.
const APOSTROPHES = /[’‘`'ʿʾʼʻ]/g
const SEPARATORS = /[-_‐‑‒–—\s]+/g

// Most names are plain ASCII words; they skip the normalisation (the gazetteer folds 160,000
// names when it loads).
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/

/** Lowercase, accents stripped (NFKD), apostrophes removed, hyphens and underscores to spaces. */
export function foldPlaceName(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase()
  return s
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(OTHER_LETTERS, (c) => LETTERS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim()
}
