import { describe, expect, it } from 'vitest'
import {
  CONFIDENCE_LEVELS,
  LIKELIHOOD_BANDS,
  confidenceStatement,
  describeLikelihood,
  isConfidenceLevel,
  isLikelihoodTerm,
  likelihoodForPercent
} from './icd203'

describe('ICD 203 terms', () => {
  it('has seven contiguous bands from 1 to 99 percent', () => {
    expect(LIKELIHOOD_BANDS).toHaveLength(7)
    expect(LIKELIHOOD_BANDS[0]?.min).toBe(1)
    expect(LIKELIHOOD_BANDS[6]?.max).toBe(99)
    for (let i = 1; i < LIKELIHOOD_BANDS.length; i++)
      expect(LIKELIHOOD_BANDS[i]?.min).toBe(LIKELIHOOD_BANDS[i - 1]?.max)
  })

  it('describes terms with their ranges', () => {
    expect(describeLikelihood('likely')).toBe('likely (55–80%)')
    expect(describeLikelihood('almost no chance')).toBe('almost no chance (1–5%)')
  })

  it('maps a percentage to its band', () => {
    expect(likelihoodForPercent(70).term).toBe('likely')
    expect(likelihoodForPercent(50).term).toBe('roughly even chance')
    expect(likelihoodForPercent(0).term).toBe('almost no chance')
    expect(likelihoodForPercent(100).term).toBe('almost certain')
  })

  it('states confidence in a sentence of its own', () => {
    expect(CONFIDENCE_LEVELS.map((c) => c.level)).toEqual(['low', 'moderate', 'high'])
    expect(confidenceStatement('moderate')).toBe('We have moderate confidence in this judgment.')
  })

  it('recognises terms and levels', () => {
    expect(isLikelihoodTerm('very likely')).toBe(true)
    expect(isLikelihoodTerm('probably')).toBe(false)
    expect(isConfidenceLevel('high')).toBe(true)
    expect(isConfidenceLevel('medium')).toBe(false)
  })
})
