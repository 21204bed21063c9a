import type { AdmiraltyGrade, Credibility, Reliability } from '../../shared/model/grade'

/** Admiralty (NATO) source reliability: A (completely reliable) to F (cannot be judged). */
export const RELIABILITY = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged'
} as const satisfies Record<Reliability, string>

/** Admiralty information credibility: 1 (confirmed by other sources) to 6 (cannot be judged). */
export const CREDIBILITY = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged'
} as const satisfies Record<Credibility, string>

export type { AdmiraltyGrade, Credibility, Reliability }

export const RELIABILITY_CODES = Object.keys(RELIABILITY) as Reliability[]
export const CREDIBILITY_CODES = [1, 2, 3, 4, 5, 6] as const satisfies readonly Credibility[]

/** "B2": the grade as analysts write it. */
export function formatGrade(grade: AdmiraltyGrade): string {
  return `${grade.reliability}${grade.credibility}`
}

/** "B2 — usually reliable, probably true": the grade spelled out for tooltips and exports. */
export function describeGrade(grade: AdmiraltyGrade): string {
  return `${formatGrade(grade)} — ${RELIABILITY[grade.reliability].toLowerCase()}, ${CREDIBILITY[grade.credibility].toLowerCase()}`
}

/** Parses "B2" (case-insensitive); null for anything else. */
export function parseGrade(text: string): AdmiraltyGrade | null {
  const m = /^\s*([A-Fa-f])\s*([1-6])\s*$/.exec(text)
  if (!m) return null
  return {
    reliability: m[1]!.toUpperCase() as Reliability,
    credibility: Number(m[2]) as Credibility
  }
}

/**
 * The grade as the two machine tags of MISP's `admiralty-scale` taxonomy
 * (`admiralty-scale:source-reliability="b"`, `admiralty-scale:information-credibility="2"`),
 * which MISP, OpenCTI and other tools read as a grade rather than as free text.
 */
export function admiraltyMachineTags(grade: AdmiraltyGrade): [string, string] {
  return [
    `admiralty-scale:source-reliability="${grade.reliability.toLowerCase()}"`,
    `admiralty-scale:information-credibility="${grade.credibility}"`
  ]
}
