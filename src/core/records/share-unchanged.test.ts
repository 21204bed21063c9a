import { describe, expect, it } from 'vitest'
import { samePlainData, shareUnchanged } from './share-unchanged'

const rec = (id: string, comment: string, tags: string[] = []) => ({
  id,
  comment,
  tags,
  anchor: { start: 1, end: 2 },
  grade: null as null | { r: string }
})

describe('samePlainData', () => {
  it('compares nested plain data by value', () => {
    expect(samePlainData(rec('a', 'x', ['t']), rec('a', 'x', ['t']))).toBe(true)
    expect(samePlainData(rec('a', 'x', ['t']), rec('a', 'x', ['u']))).toBe(false)
    expect(samePlainData({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(samePlainData({ a: undefined }, { b: undefined })).toBe(false)
    expect(samePlainData([1, 2], { 0: 1, 1: 2 })).toBe(false)
    expect(samePlainData({ g: null }, { g: {} })).toBe(false)
    expect(samePlainData(Number.NaN, Number.NaN)).toBe(true)
  })
})

describe('shareUnchanged', () => {
  it('keeps the earlier object of every unchanged record and takes the changed one', () => {
    const before = [rec('a', 'one'), rec('b', 'two'), rec('c', 'three')]
    const after = [rec('a', 'one'), rec('b', 'two!'), rec('c', 'three')]
    const shared = shareUnchanged(before, after)
    expect(shared).not.toBe(before)
    expect(shared[0]).toBe(before[0])
    expect(shared[1]).toBe(after[1])
    expect(shared[2]).toBe(before[2])
  })

  it('answers with the earlier array when no record changed', () => {
    const before = [rec('a', 'one'), rec('b', 'two')]
    expect(shareUnchanged(before, [rec('a', 'one'), rec('b', 'two')])).toBe(before)
  })

  it('answers with a new array when records were added, removed or reordered', () => {
    const before = [rec('a', 'one'), rec('b', 'two')]
    const reordered = shareUnchanged(before, [rec('b', 'two'), rec('a', 'one')])
    expect(reordered).not.toBe(before)
    expect(reordered[0]).toBe(before[1])
    expect(shareUnchanged(before, [rec('a', 'one')])).toEqual([before[0]])
    expect(shareUnchanged(before, [...before, rec('c', 'x')])).toHaveLength(3)
    expect(shareUnchanged(undefined, before)).toBe(before)
  })
})
