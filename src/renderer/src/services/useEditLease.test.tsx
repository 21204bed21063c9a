import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LeaseBroker } from './lease-broker'
import { MemoryLeaseHub } from './memory-lease-broker'
import { TAKE_OVER_PATIENCE_MS } from './edit-lease-state'
import { useEditLease, type EditLeaseHooks } from './useEditLease'

afterEach(cleanup)

const NAME = 'workbench-edit:note:n1'

/** One window's editor of the note: its lease, and a log of what its hooks were asked. */
function openIn(
  broker: LeaseBroker,
  log: string[],
  who: string,
  hooks: Partial<EditLeaseHooks> = {}
) {
  return renderHook(
    ({ name }: { name: string | null }) =>
      useEditLease(
        'note',
        name,
        {
          flush: async () => void log.push(`${who} flush`),
          prepare: async () => void log.push(`${who} prepare`),
          announce: (m) => log.push(`${who} says: ${m}`),
          ...hooks
        },
        broker
      ),
    { initialProps: { name: NAME as string | null } }
  )
}

describe('useEditLease', () => {
  it('lets the first window edit and keeps the second read-only, waiting', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    const one = openIn(hub.window(), log, 'one')
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    expect(one.result.current.holds()).toBe(true)
    const two = openIn(hub.window(), log, 'two')
    await waitFor(() =>
      expect(two.result.current.state).toEqual({ kind: 'elsewhere', why: 'open' })
    )
    expect(two.result.current.holds()).toBe(false)
    expect(log).toEqual(['one prepare'])
  })

  it('takes over: the holder stores its edits before letting go, and the taker reads after', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    const one = openIn(hub.window(), log, 'one')
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    const two = openIn(hub.window(), log, 'two')
    await waitFor(() => expect(two.result.current.state.kind).toBe('elsewhere'))
    act(() => two.result.current.takeOver())
    expect(two.result.current.state.kind).toBe('taking-over')
    await waitFor(() =>
      expect(two.result.current.state).toEqual({ kind: 'editing', since: 'took-over' })
    )
    expect(one.result.current.state).toEqual({ kind: 'elsewhere', why: 'taken' })
    expect(one.result.current.holds()).toBe(false)
    expect(two.result.current.holds()).toBe(true)
    // Stored, then let go, then read by the new editor: nothing of window one's is missed.
    expect(log).toEqual(['one prepare', 'one flush', 'two prepare'])
  })

  it('holds the lease through a hand-over flush, so the saver may still write', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    let finish: () => void = () => {}
    let heldDuringFlush: boolean | null = null
    const one = openIn(hub.window(), log, 'one', {
      flush: () =>
        new Promise<void>((resolve) => {
          heldDuringFlush = one.result.current.holds()
          finish = resolve
        })
    })
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    const two = openIn(hub.window(), log, 'two')
    await waitFor(() => expect(two.result.current.state.kind).toBe('elsewhere'))
    act(() => two.result.current.takeOver())
    await waitFor(() => expect(one.result.current.state.kind).toBe('handing-over'))
    expect(heldDuringFlush).toBe(true)
    expect(hub.holder(NAME)).toBe(1)
    act(() => finish())
    await waitFor(() => expect(two.result.current.state.kind).toBe('editing'))
  })

  it('a waiting window becomes the editor when the holder closes, and says so', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    const one = openIn(hub.window(), log, 'one')
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    const two = openIn(hub.window(), log, 'two')
    await waitFor(() => expect(two.result.current.state.kind).toBe('elsewhere'))
    one.unmount()
    await waitFor(() =>
      expect(two.result.current.state).toEqual({ kind: 'editing', since: 'waited' })
    )
    expect(log).toEqual([
      'one prepare',
      'one flush',
      'two prepare',
      'two says: The other window stopped editing the note: you can edit it here now.'
    ])
  })

  it('closing the editor (no name) stores, lets go, and stops waiting', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    const one = openIn(hub.window(), log, 'one')
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    const two = openIn(hub.window(), log, 'two')
    await waitFor(() => expect(two.result.current.state.kind).toBe('elsewhere'))
    two.rerender({ name: null })
    one.rerender({ name: null })
    await waitFor(() => expect(hub.holder(NAME)).toBeUndefined())
    expect(log).toEqual(['one prepare', 'one flush'])
    // Opened again in the same window: granted at once, as its own earlier lease is gone.
    one.rerender({ name: NAME })
    await waitFor(() =>
      expect(one.result.current.state).toEqual({ kind: 'editing', since: 'opened' })
    )
  })

  it('reopening while the last flush is still out waits for it instead of finding itself', async () => {
    const broker = new MemoryLeaseHub().window()
    let finish: (() => void) | null = null
    const one = renderHook(
      ({ name }: { name: string | null }) =>
        useEditLease(
          'comment',
          name,
          { flush: () => new Promise<void>((resolve) => (finish = resolve)) },
          broker
        ),
      { initialProps: { name: NAME as string | null } }
    )
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    one.rerender({ name: null })
    one.rerender({ name: NAME })
    await waitFor(() => expect(finish).not.toBeNull())
    expect(one.result.current.state.kind).toBe('opening')
    act(() => finish!())
    await waitFor(() =>
      expect(one.result.current.state).toEqual({ kind: 'editing', since: 'opened' })
    )
  })

  it('a window that stops waiting is never granted the lease', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    const one = openIn(hub.window(), log, 'one')
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    const windowTwo = hub.window()
    const spy = vi.spyOn(windowTwo, 'acquireWhenFree')
    const two = openIn(windowTwo, log, 'two')
    await waitFor(() => expect(spy).toHaveBeenCalled())
    two.unmount()
    one.unmount()
    await waitFor(() => expect(hub.holder(NAME)).toBeUndefined())
  })

  it('an editor mounted again at once in the same window (StrictMode, a moved pane) finds no other window', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    const broker = hub.window()
    const hooks = {
      flush: async () => void log.push('flush'),
      announce: (m: string) => log.push(`says: ${m}`)
    }
    const strict = renderHook(() => useEditLease('note', NAME, hooks, broker), {
      wrapper: StrictMode
    })
    await waitFor(() =>
      expect(strict.result.current.state).toEqual({ kind: 'editing', since: 'opened' })
    )
    strict.unmount()
    const moved = renderHook(() => useEditLease('note', NAME, hooks, broker))
    await waitFor(() =>
      expect(moved.result.current.state).toEqual({ kind: 'editing', since: 'opened' })
    )
    expect(log.filter((l) => l.startsWith('says'))).toEqual([])
  })

  it('takes over by force from a window that never answers; that window may write no more', async () => {
    const hub = new MemoryLeaseHub()
    const log: string[] = []
    // Window one is frozen: it never hears "let go".
    const frozen: LeaseBroker = { ...hub.window(), onReleaseAsked: () => () => undefined }
    const one = openIn(frozen, log, 'one')
    await waitFor(() => expect(one.result.current.state.kind).toBe('editing'))
    const two = openIn(hub.window(), log, 'two')
    await waitFor(() => expect(two.result.current.state.kind).toBe('elsewhere'))
    vi.useFakeTimers()
    try {
      act(() => two.result.current.takeOver())
      expect(two.result.current.state).toEqual({ kind: 'taking-over' })
      act(() => void vi.advanceTimersByTime(TAKE_OVER_PATIENCE_MS - 1))
      expect(two.result.current.state).toEqual({ kind: 'taking-over' })
      act(() => void vi.advanceTimersByTime(1))
      expect(two.result.current.state).toEqual({ kind: 'taking-over', unanswered: true })
    } finally {
      vi.useRealTimers()
    }
    act(() => two.result.current.takeOver())
    await waitFor(() =>
      expect(two.result.current.state).toEqual({ kind: 'editing', since: 'took-over' })
    )
    expect(two.result.current.holds()).toBe(true)
    // Window one, should it wake up, finds the record taken and writes nothing over it.
    expect(one.result.current.holds()).toBe(false)
    expect(one.result.current.state).toEqual({ kind: 'elsewhere', why: 'taken' })
    expect(log).not.toContain('one flush')
  })
})
