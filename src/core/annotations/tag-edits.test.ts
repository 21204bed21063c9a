import { describe, expect, it } from 'vitest'
import { applyTagEdit, normalizeTag } from './tag-edits'

describe('tag edits', () => {
  it('normalises a typed tag', () => {
    expect(normalizeTag('  #Shelling ')).toBe('Shelling')
    expect(normalizeTag('#')).toBe('')
    expect(normalizeTag('x'.repeat(80))).toHaveLength(60)
  })

  it('adds a tag once, after the others', () => {
    expect(applyTagEdit(['a'], { add: 'b' })).toEqual(['a', 'b'])
    expect(applyTagEdit(['a', 'b'], { add: '#a' })).toEqual(['a', 'b'])
    expect(applyTagEdit(['a'], { add: '  ' })).toEqual(['a'])
  })

  it('removes any tag, not only the last', () => {
    expect(applyTagEdit(['a', 'b', 'c'], { remove: 'a' })).toEqual(['b', 'c'])
    expect(applyTagEdit(['a', 'b', 'c'], { remove: 'b' })).toEqual(['a', 'c'])
    expect(applyTagEdit(['a'], { remove: 'z' })).toEqual(['a'])
  })
})
