import { describe, expect, it } from 'vitest'
import { ACLED_EVENT_TYPES } from './acled-codebook'
import { ontologyCodeOf } from './ontology-code-of'

describe('ontologyCodeOf', () => {
  it('gives the CAMEO action of a sub-type', () => {
    expect(ontologyCodeOf('Air/drone strike')).toEqual({
      ontology: 'CAMEO',
      version: '1.1b3',
      code: '195',
      label: 'Employ aerial weapons'
    })
    expect(ontologyCodeOf('Shelling/artillery/missile attack')?.code).toBe('194')
  })

  it('gives no code for no sub-type, an unknown one, or one CAMEO has no action for', () => {
    expect(ontologyCodeOf('')).toBeNull()
    expect(ontologyCodeOf('Dance-off')).toBeNull()
    expect(ontologyCodeOf('Headquarters or base established')).toBeNull()
  })

  it('covers every sub-type of the codebook with well-formed codes', () => {
    const uncoded: string[] = []
    for (const t of ACLED_EVENT_TYPES)
      for (const s of t.subTypes) {
        const code = ontologyCodeOf(s)
        if (code) expect(code.code).toMatch(/^\d{3,4}$/)
        else uncoded.push(s)
      }
    // Exactly the sub-types CAMEO has no action for go without a code; a missing row fails here.
    expect(uncoded.sort()).toEqual([
      'Change to group/activity',
      'Headquarters or base established',
      'Other'
    ])
  })
})
