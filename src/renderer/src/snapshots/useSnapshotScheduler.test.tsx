import { act, cleanup, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SnapshotRequestReason, SnapshotWriteRequest } from '@shared/ipc-contract'
import { ok } from '@shared/result'
import { NoticeProvider } from '../services/notices'
import { registerPendingWrites } from '../services/pending-writes'
import type { ChangeFeed } from '../db/change-feed'
import { SNAPSHOT_DEBOUNCE_MS, SNAPSHOT_INTERVAL_MS } from './snapshot-scheduler'
import { useSnapshotScheduler, type SnapshotSchedulerWiring } from './useSnapshotScheduler'

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2024, 2, 7, 9) })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const BYTES = new TextEncoder().encode('{"text":1}')

/** The platform and change feed the hook talks to, with handles to drive them. */
function setup(holdsWork?: () => Promise<boolean>) {
  let changed: (() => void) | null = null
  let requested: ((reason: SnapshotRequestReason) => void) | null = null
  const changes: ChangeFeed = {
    subscribe: (listener) => {
      changed = listener
      return () => (changed = null)
    },
    announce: () => changed?.()
  }
  const writes: SnapshotWriteRequest[] = []
  const platform = {
    kind: 'electron' as const,
    writeSnapshot: vi.fn(async (request: SnapshotWriteRequest) => {
      writes.push(request)
      return ok({ name: 'snapshot-x.json', createdAt: '', bytes: 2, warning: null })
    }),
    skipSnapshot: vi.fn(async () => ok(undefined)),
    onSnapshotRequest: (listener: (reason: SnapshotRequestReason) => void) => {
      requested = listener
      return () => (requested = null)
    }
  }
  const wiring: SnapshotSchedulerWiring = {
    enabled: true,
    changes,
    platform: platform as unknown as SnapshotSchedulerWiring['platform'],
    // The form the platform stores is asked for: bytes for the desktop app's main process.
    createFile: async (as) => (as === 'bytes' ? BYTES : new Blob(['{"text":1}'])),
    holdsWork
  }
  renderHook(() => useSnapshotScheduler(wiring), {
    wrapper: ({ children }: { children: ReactNode }) => <NoticeProvider>{children}</NoticeProvider>
  })
  const settle = () => act(() => vi.advanceTimersByTimeAsync(0))
  return {
    platform,
    writes,
    change: () => changed!(),
    request: async (reason: SnapshotRequestReason) => {
      requested!(reason)
      await settle()
    },
    advance: (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
  }
}

describe('useSnapshotScheduler', () => {
  it('snapshots a hidden tab at most once per interval, however often it is hidden', async () => {
    const s = setup()
    for (let i = 0; i < 6; i++) {
      s.change()
      await s.request('change')
      await s.advance(20_000)
    }
    expect(s.writes).toEqual([{ data: BYTES, reason: 'change' }])
    // The changes made since wait for the interval, then make one snapshot.
    await s.advance(SNAPSHOT_INTERVAL_MS)
    expect(s.writes).toHaveLength(2)
    expect(s.platform.skipSnapshot).not.toHaveBeenCalled()
  })

  it('writes a final snapshot when the app closes, whatever the interval, or says it has none', async () => {
    const s = setup()
    await s.request('quit')
    expect(s.platform.skipSnapshot).toHaveBeenCalledWith({ reason: 'quit' })
    s.change()
    await s.advance(SNAPSHOT_DEBOUNCE_MS)
    s.change()
    await s.request('quit')
    expect(s.writes.map((w) => w.reason)).toEqual(['change', 'quit'])
    expect(s.platform.skipSnapshot).toHaveBeenCalledTimes(1)
  })

  it('stores what is still being typed before the quit snapshot, so the snapshot holds it', async () => {
    const s = setup()
    const order: string[] = []
    // A note's autosave holding back the last keystrokes: flushing writes them (a change).
    const unregister = registerPendingWrites(async () => {
      await Promise.resolve()
      order.push('note stored')
      s.change()
    })
    s.platform.skipSnapshot.mockImplementation(async () => {
      order.push('skipped')
      return ok(undefined)
    })
    s.platform.writeSnapshot.mockImplementation(async (request: SnapshotWriteRequest) => {
      order.push(`snapshot ${request.reason}`)
      return ok({ name: 'snapshot-x.json', createdAt: '', bytes: 2, warning: null })
    })
    await s.request('quit')
    unregister()
    expect(order).toEqual(['note stored', 'snapshot quit'])
  })

  it('writes nothing while told the workbench holds no work, and answers a quit anyway', async () => {
    let work = false
    const holdsWork = vi.fn(async () => work)
    const s = setup(holdsWork)
    s.change()
    await s.advance(SNAPSHOT_DEBOUNCE_MS)
    expect(holdsWork).toHaveBeenCalledTimes(1)
    s.change()
    await s.request('quit')
    expect(s.platform.writeSnapshot).not.toHaveBeenCalled()
    expect(s.platform.skipSnapshot).toHaveBeenCalledTimes(1)

    work = true
    s.change()
    await s.request('quit')
    expect(s.writes.map((w) => w.reason)).toEqual(['quit'])
  })
})
