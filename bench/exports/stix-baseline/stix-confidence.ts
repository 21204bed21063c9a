import type { AdmiraltyGrade, Credibility } from '../../../src/shared/model/grade'

/**
 * STIX 2.1 (Part 1, appendix "Confidence Scales"), "Admiralty Credibility Scale to STIX Confidence":
 * 1 Confirmed by other sources → 90, 2 Probably true → 70, 3 Possibly true → 50, 4 Doubtful → 30,
 * 5 Improbable → 10, 6 Truth cannot be judged → no confidence property ("not present").
 * The spec maps only the credibility digit; source reliability (the letter) has no STIX mapping,
 * so it travels in the event's own `admiralty_grade` property.
 */
export const ADMIRALTY_CREDIBILITY_TO_STIX: Record<Credibility, number | null> = {
  1: 90,
  2: 70,
  3: 50,
  4: 30,
  5: 10,
  6: null
}

/** `{ confidence }` for a graded record, `{}` when ungraded or the credibility cannot be judged. */
export function stixConfidence(grade: AdmiraltyGrade | null): { confidence?: number } {
  const value = grade ? ADMIRALTY_CREDIBILITY_TO_STIX[grade.credibility] : null
  return value === null ? {} : { confidence: value }
}
