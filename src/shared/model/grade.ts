/** Admiralty source reliability, A (completely reliable) to F (cannot be judged). */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F'
/** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6

/** The two independent axes of an Admiralty grade, as stored. */
export interface AdmiraltyGrade {
  reliability: Reliability
  credibility: Credibility
}
