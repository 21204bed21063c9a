// Names of actors and places come spelled many ways ("Kata'ib Hizballah", "kataib hizballah",
// "Al-Qā'im"): comparing their folded forms lets the registry and the duplicate check treat
// spellings that differ only in case, accents or punctuation as the same name.

/** Lower case, no accents, no punctuation, single spaces: "Kata'ib  Hizballah" → "kataib hizballah". */
export function foldName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Apostrophes and dots join the letters around them ("Kata'ib", "U.S."); other punctuation
      // (hyphens, slashes, brackets) separates words.
      .replace(/['’ʼ`.]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  )
}
