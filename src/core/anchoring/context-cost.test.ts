import { describe, expect, it } from 'vitest'
import { contextCost } from './context-cost'

describe('contextCost', () => {
  const text = 'officials in Idlib claimed. The Organisation said'
  const at = text.indexOf('Organisation')

  it('is 0 for a context that ends verbatim at the span', () => {
    expect(contextCost(text, 'in Idlib claimed. The ', at, 'prefix')).toBe(0)
    expect(contextCost(text, 'Organisation', text.indexOf('Organisation'), 'suffix')).toBe(0)
  })

  it('charges an inserted word its length only, not the shift of the whole window', () => {
    const edited = 'officials in Idlib claimed. injured The Organisation said'
    const prefix = 'in Idlib claimed. The '
    expect(contextCost(edited, prefix, edited.indexOf('Organisation'), 'prefix')).toBe(8)
  })

  it('costs nothing for an empty side and half its length for a side cut off by the edge', () => {
    expect(contextCost(text, '', at, 'prefix')).toBe(0)
    expect(contextCost(text, 'abcd', text.length, 'suffix')).toBe(2)
    expect(contextCost(text, 'abcd', 0, 'prefix')).toBe(2)
  })
})
