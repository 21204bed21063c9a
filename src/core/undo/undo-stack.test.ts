import { describe, expect, it } from 'vitest'
import { UndoStack } from './undo-stack'

function counter() {
  const state = { value: 0 }
  const change = (by: number, label = `add ${by}`) => {
    state.value += by
    return {
      label,
      undo: async () => void (state.value -= by),
      redo: async () => void (state.value += by)
    }
  }
  return { state, change }
}

describe('UndoStack', () => {
  it('undoes and redoes in order and reports labels', async () => {
    const s = new UndoStack()
    const c = counter()
    s.push(c.change(1))
    s.push(c.change(10))
    expect(await s.undo()).toBe('add 10')
    expect(c.state.value).toBe(1)
    expect(await s.undo()).toBe('add 1')
    expect(await s.undo()).toBeNull()
    expect(c.state.value).toBe(0)
    expect(await s.redo()).toBe('add 1')
    expect(c.state.value).toBe(1)
    expect(s.state()).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: 'add 1',
      redoLabel: 'add 10'
    })
  })

  it('tells whether an entry is the next one undo takes back', async () => {
    const s = new UndoStack()
    const c = counter()
    const first = c.change(1)
    s.push(first)
    expect(s.isLatest(first)).toBe(true)
    s.push(c.change(2))
    expect(s.isLatest(first)).toBe(false)
    await s.undo()
    expect(s.isLatest(first)).toBe(true)
  })

  it('clears redo after a new change', async () => {
    const s = new UndoStack()
    const c = counter()
    s.push(c.change(1))
    await s.undo()
    s.push(c.change(5))
    expect(s.state().canRedo).toBe(false)
  })

  it('serialises rapid undos', async () => {
    const s = new UndoStack()
    const c = counter()
    for (let i = 1; i <= 5; i++) s.push(c.change(i))
    await Promise.all([s.undo(), s.undo(), s.undo()])
    expect(c.state.value).toBe(1 + 2)
  })

  it('keeps an entry whose undo failed, so it can be retried', async () => {
    const s = new UndoStack()
    let fail = true
    s.push({
      label: 'x',
      undo: async () => {
        if (fail) throw new Error('disk')
      },
      redo: async () => {}
    })
    await expect(s.undo()).rejects.toThrow('disk')
    expect(s.state().canUndo).toBe(true)
    fail = false
    expect(await s.undo()).toBe('x')
  })

  it('drops the oldest entries past its limit', async () => {
    const s = new UndoStack(2)
    const c = counter()
    s.push(c.change(1))
    s.push(c.change(2))
    s.push(c.change(3))
    await s.undo()
    await s.undo()
    expect(await s.undo()).toBeNull()
    expect(c.state.value).toBe(1)
  })

  it('forgets everything when cleared, and tells its listeners', async () => {
    const s = new UndoStack()
    const c = counter()
    const seen: boolean[] = []
    s.subscribe((state) => seen.push(state.canUndo || state.canRedo))
    s.push(c.change(1))
    s.push(c.change(2))
    await s.undo()
    s.clear()
    expect(seen.at(-1)).toBe(false)
    expect(await s.undo()).toBeNull()
    expect(await s.redo()).toBeNull()
    expect(c.state.value).toBe(1)
  })
})
