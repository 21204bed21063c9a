/**
 * ICD 203 (Analytic Standards) expressions of likelihood and confidence. Likelihood and confidence
 * are two separate judgments: a term from the first list never shares a sentence with a level from
 * the second (the analytic lint enforces that).
 */

export type LikelihoodTerm =
  | 'almost no chance'
  | 'very unlikely'
  | 'unlikely'
  | 'roughly even chance'
  | 'likely'
  | 'very likely'
  | 'almost certain'

export interface LikelihoodBand {
  term: LikelihoodTerm
  /** Lower and upper bound of the band, in percent. */
  min: number
  max: number
  /** The ICD 203 alternative wording of the same band ("remote", "probable"…). */
  synonym: string
  help: string
}

/** The seven ICD 203 likelihood bands, from least to most likely. */
export const LIKELIHOOD_BANDS: readonly LikelihoodBand[] = [
  {
    term: 'almost no chance',
    min: 1,
    max: 5,
    synonym: 'remote',
    help: 'Only exceptional circumstances would make it happen.'
  },
  {
    term: 'very unlikely',
    min: 5,
    max: 20,
    synonym: 'highly improbable',
    help: 'It would take a clear break from current trends.'
  },
  {
    term: 'unlikely',
    min: 20,
    max: 45,
    synonym: 'improbable',
    help: 'Less likely to happen than not, but a real possibility.'
  },
  {
    term: 'roughly even chance',
    min: 45,
    max: 55,
    synonym: 'roughly even odds',
    help: 'As likely to happen as not.'
  },
  {
    term: 'likely',
    min: 55,
    max: 80,
    synonym: 'probable',
    help: 'More likely to happen than not.'
  },
  {
    term: 'very likely',
    min: 80,
    max: 95,
    synonym: 'highly probable',
    help: 'It would take a surprise to prevent it.'
  },
  {
    term: 'almost certain',
    min: 95,
    max: 99,
    synonym: 'nearly certain',
    help: 'Only exceptional circumstances would prevent it.'
  }
]

export const LIKELIHOOD_TERMS: readonly LikelihoodTerm[] = LIKELIHOOD_BANDS.map((b) => b.term)

export type ConfidenceLevel = 'low' | 'moderate' | 'high'

export interface ConfidenceDescription {
  level: ConfidenceLevel
  label: string
  help: string
}

/** Confidence in a judgment: about the evidence and reasoning behind it, not about the odds. */
export const CONFIDENCE_LEVELS: readonly ConfidenceDescription[] = [
  {
    level: 'low',
    label: 'Low confidence',
    help: 'Scant, questionable or fragmented information, or sources of doubtful reliability.'
  },
  {
    level: 'moderate',
    label: 'Moderate confidence',
    help: 'Credibly sourced and plausible, but not enough corroboration for a higher level.'
  },
  {
    level: 'high',
    label: 'High confidence',
    help: 'High-quality information from several sources, or a solid analytic basis.'
  }
]

/** The band of a likelihood term. */
export function likelihoodBand(term: LikelihoodTerm): LikelihoodBand {
  const band = LIKELIHOOD_BANDS.find((b) => b.term === term)
  if (!band) throw new Error(`Unknown likelihood term: ${term}`)
  return band
}

/** "55–80%": the range of a term as analysts write it. */
export function formatLikelihoodRange(term: LikelihoodTerm): string {
  const band = likelihoodBand(term)
  return `${band.min}–${band.max}%`
}

/** "likely (55–80%)": a term with its range, for menus and tooltips. */
export function describeLikelihood(term: LikelihoodTerm): string {
  return `${term} (${formatLikelihoodRange(term)})`
}

/** The band a probability (in percent) falls in; a value on a boundary goes to the lower band. */
export function likelihoodForPercent(percent: number): LikelihoodBand {
  const clamped = Math.min(99, Math.max(1, percent))
  const band = LIKELIHOOD_BANDS.find((b) => clamped <= b.max)
  return band ?? LIKELIHOOD_BANDS[LIKELIHOOD_BANDS.length - 1]!
}

/** The description of a confidence level. */
export function confidenceDescription(level: ConfidenceLevel): ConfidenceDescription {
  const found = CONFIDENCE_LEVELS.find((c) => c.level === level)
  if (!found) throw new Error(`Unknown confidence level: ${level}`)
  return found
}

/** The standard confidence statement, a sentence of its own: "We have moderate confidence in this judgment." */
export function confidenceStatement(level: ConfidenceLevel): string {
  return `We have ${level} confidence in this judgment.`
}

export function isLikelihoodTerm(value: string): value is LikelihoodTerm {
  return (LIKELIHOOD_TERMS as readonly string[]).includes(value)
}

export function isConfidenceLevel(value: string): value is ConfidenceLevel {
  return value === 'low' || value === 'moderate' || value === 'high'
}
