import { describe, expect, it } from 'vitest'
import { admiraltyMachineTags, describeGrade, formatGrade, parseGrade } from './admiralty'

describe('Admiralty grades', () => {
  it('formats and describes a grade', () => {
    expect(formatGrade({ reliability: 'B', credibility: 2 })).toBe('B2')
    expect(describeGrade({ reliability: 'B', credibility: 2 })).toBe(
      'B2 — usually reliable, probably true'
    )
  })
  it('parses valid grades and refuses others', () => {
    expect(parseGrade(' f6 ')).toEqual({ reliability: 'F', credibility: 6 })
    for (const bad of ['G1', 'A0', 'A7', 'AB', '', 'A 1 x']) expect(parseGrade(bad)).toBeNull()
  })

  it('gives the grade as the two machine tags of the admiralty-scale taxonomy', () => {
    expect(admiraltyMachineTags({ reliability: 'B', credibility: 2 })).toEqual([
      'admiralty-scale:source-reliability="b"',
      'admiralty-scale:information-credibility="2"'
    ])
  })
})
