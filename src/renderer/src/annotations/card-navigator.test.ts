import { afterEach, describe, expect, it } from 'vitest'
import {
  adjacentIndex,
  focusAdjacentCard,
  focusCard,
  moveToAdjacentCard,
  registerCardListOpener,
  registerCardNavigator,
  withPinned,
  type CardNavigator
} from './card-navigator'

describe('adjacentIndex', () => {
  it('starts at the first card for j and the last for k when no card is current', () => {
    expect(adjacentIndex(5, -1, 1)).toBe(0)
    expect(adjacentIndex(5, -1, -1)).toBe(4)
  })
  it('steps one card and stops at either end', () => {
    expect(adjacentIndex(5, 2, 1)).toBe(3)
    expect(adjacentIndex(5, 2, -1)).toBe(1)
    expect(adjacentIndex(5, 4, 1)).toBe(4)
    expect(adjacentIndex(5, 0, -1)).toBe(0)
  })
  it('treats a current index past the end (the list shrank) as none', () => {
    expect(adjacentIndex(3, 7, 1)).toBe(0)
  })
  it('is null for an empty list', () => {
    expect(adjacentIndex(0, -1, 1)).toBeNull()
    expect(adjacentIndex(0, 0, -1)).toBeNull()
  })
})

describe('withPinned', () => {
  it('adds pinned indexes outside the window, keeping ascending order', () => {
    expect(withPinned([10, 11, 12], [900, 3])).toEqual([3, 10, 11, 12, 900])
  })
  it('leaves the window alone when the pinned ones are in it', () => {
    expect(withPinned([4, 5, 6], [5])).toEqual([4, 5, 6])
    expect(withPinned([4, 5, 6], [])).toEqual([4, 5, 6])
  })
  it('never repeats an index', () => {
    expect(withPinned([1, 2], [7, 7])).toEqual([1, 2, 7])
  })
})

describe('the registered navigator', () => {
  const calls: string[] = []
  const navigator = (name: string): CardNavigator => ({
    focus: (id) => {
      calls.push(`${name} focus ${id}`)
      return true
    },
    adjacent: (step) => {
      calls.push(`${name} adjacent ${step}`)
      return null
    }
  })
  afterEach(() => {
    calls.length = 0
  })

  it('is what focusCard and focusAdjacentCard go through, until it unregisters', () => {
    const unregister = registerCardNavigator(navigator('a'))
    expect(focusCard('x')).toBe(true)
    focusAdjacentCard(-1)
    expect(calls).toEqual(['a focus x', 'a adjacent -1'])
    unregister()
    expect(focusCard('x')).toBe(false)
    expect(calls).toHaveLength(2)
  })

  it('keeps a newer navigator when an older one unregisters late', () => {
    const unregisterA = registerCardNavigator(navigator('a'))
    const unregisterB = registerCardNavigator(navigator('b'))
    unregisterA()
    focusAdjacentCard(1)
    expect(calls).toEqual(['b adjacent 1'])
    unregisterB()
  })
})

describe('moveToAdjacentCard (j/k)', () => {
  const list = (ids: string[]): CardNavigator => {
    let at = -1
    return {
      focus: () => true,
      adjacent: (step) => {
        const next = adjacentIndex(ids.length, at, step)
        if (next === null) return null
        at = next
        return ids[next]!
      }
    }
  }

  it('moves in the registered list', () => {
    const unregister = registerCardNavigator(list(['a', 'b']))
    const seen: string[] = []
    expect(moveToAdjacentCard(1, (id) => seen.push(id))).toBe('moved')
    expect(moveToAdjacentCard(1, (id) => seen.push(id))).toBe('moved')
    expect(seen).toEqual(['a', 'b'])
    unregister()
  })

  it('brings a hidden list to the front and moves once it registers', () => {
    let unregisterList = (): void => {}
    const unregisterOpener = registerCardListOpener(() => {
      unregisterList = registerCardNavigator(list(['a', 'b']))
    })
    const seen: string[] = []
    expect(moveToAdjacentCard(-1, (id) => seen.push(id))).toBe('opening')
    expect(seen).toEqual(['b'])
    unregisterList()
    unregisterOpener()
  })

  it('says when there is no list to move in, or no card', () => {
    expect(moveToAdjacentCard(1, () => {})).toBe('no-list')
    const unregister = registerCardNavigator(list([]))
    expect(moveToAdjacentCard(1, () => {})).toBe('none')
    unregister()
  })
})
