import { describe, expect, it, vi } from 'vitest'
import type { SnapshotRequest } from '../platform/platform'
import { fail, ok } from '@shared/result'
import { snapshotBeforeRestore } from './snapshot-before-restore'

const WRITTEN = {
  name: 'snapshot-20240307-090000-000.json',
  createdAt: '2024-03-07T09:00:00.000Z',
  bytes: 9,
  warning: null
}

const FILE = new TextEncoder().encode('{"now":1}')

function deps(counts: Record<string, number>, write = vi.fn(async () => ok(WRITTEN))) {
  return {
    count: async () => counts,
    createFile: vi.fn(async () => FILE),
    write: write as (request: SnapshotRequest) => ReturnType<typeof write>
  }
}

describe('snapshotBeforeRestore', () => {
  it('writes the current data as a before-restore snapshot', async () => {
    const d = deps({ articles: 2, settings: 3 })
    await expect(snapshotBeforeRestore(d)).resolves.toEqual(ok(WRITTEN))
    expect(d.write).toHaveBeenCalledWith({ data: FILE, reason: 'before-restore' })
  })

  it('writes nothing for a workbench without work (settings are not work)', async () => {
    const d = deps({ articles: 0, notes: 0, settings: 5 })
    await expect(snapshotBeforeRestore(d)).resolves.toEqual(ok(null))
    expect(d.write).not.toHaveBeenCalled()
    expect(d.createFile).not.toHaveBeenCalled()
  })

  it('passes on a failed write, and turns a thrown error into one', async () => {
    const full = deps(
      { events: 1 },
      vi.fn(async () => fail('io-error', 'Not enough space for a snapshot'))
    )
    await expect(snapshotBeforeRestore(full)).resolves.toEqual(
      fail('io-error', 'Not enough space for a snapshot')
    )
    const broken = deps({ events: 1 })
    broken.createFile.mockRejectedValue(new Error('the database is closed'))
    await expect(snapshotBeforeRestore(broken)).resolves.toEqual(
      fail('internal', 'the database is closed')
    )
  })
})
