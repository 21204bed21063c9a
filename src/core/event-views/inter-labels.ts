import type { InterCode } from '../../shared/model/event'

/** ACLED actor categories ("inter" codes), as the codebook names them. */
export const INTER_LABELS: Readonly<Record<InterCode, string>> = {
  1: 'State forces',
  2: 'Rebel groups',
  3: 'Political militias',
  4: 'Identity militias',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces'
}

export const INTER_CODES: readonly InterCode[] = [1, 2, 3, 4, 5, 6, 7, 8]
