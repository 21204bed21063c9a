/**
 * What the analyst chooses for the exchange formats (STIX 2.1, MISP): the Traffic Light Protocol
 * level of the export and who it comes from. TLP 2.0 levels, as FIRST defines them.
 */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const
export type TlpLevel = (typeof TLP_LEVELS)[number]

/** Amber unless chosen: shared with the recipient's organisation only, the cautious default. */
export const DEFAULT_TLP: TlpLevel = 'amber'

/** The analyst (and organisation) an export is attributed to; '' when not set. */
export interface ExportAuthor {
  name: string
  organisation: string
}

export const isTlpLevel = (v: unknown): v is TlpLevel =>
  typeof v === 'string' && (TLP_LEVELS as readonly string[]).includes(v)
