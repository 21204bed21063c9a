import { describe, expect, it, vi } from 'vitest'
import { fail, ok } from '@shared/result'
import { createSnapshotCounts } from './snapshot-counts'

const info = (name: string, bytes = 100) => ({ name, createdAt: '2026-12-07T10:00:00Z', bytes })

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>()
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }
}

describe('createSnapshotCounts', () => {
  it('reads and checks each snapshot once, and knows it from then on, in later sessions too', async () => {
    const storage = memoryStorage()
    const file = new Blob(['text of s1'])
    const read = vi.fn(async () => ok(file))
    const check = vi.fn(async () => ok({ articles: 2, annotations: 5 }))
    const counts = createSnapshotCounts({ read, check, storage })
    expect(counts.known(info('s1'))).toBeUndefined()
    const [a, b] = await Promise.all([counts.count(info('s1')), counts.count(info('s1'))])
    expect(a).toEqual({ articles: 2, annotations: 5 })
    expect(b).toEqual(a)
    expect(await counts.count(info('s1'))).toEqual(a)
    expect(read).toHaveBeenCalledTimes(1)
    // What the platform handed over (the file), passed on unread.
    // The file the platform handed over goes to the check as it is, unread.
    expect(check).toHaveBeenCalledWith(file)
    expect(counts.known(info('s1'))).toEqual(a)
    // The same name with another size is another file.
    expect(counts.known(info('s1', 101))).toBeUndefined()

    const later = createSnapshotCounts({ read, check, storage })
    expect(later.known(info('s1'))).toEqual(a)
  })

  it('says a snapshot cannot be read without remembering it, so it is tried again', async () => {
    const read = vi.fn(async () => fail('io-error', 'busy'))
    const counts = createSnapshotCounts({ read, check: async () => ok({}) })
    expect(await counts.count(info('s2'))).toBeNull()
    expect(counts.known(info('s2'))).toBeUndefined()
    await counts.count(info('s2'))
    expect(read).toHaveBeenCalledTimes(2)
  })

  it('says an invalid snapshot cannot be read, and ignores damaged stored counts', async () => {
    const storage = memoryStorage()
    storage.setItem('snapshot-counts', '{"s3|100": {"articles": -1}, "s4|100": "x"')
    const counts = createSnapshotCounts({
      read: async () => ok(new Blob(['not a backup'])),
      check: async () => fail('invalid-payload', 'not a backup'),
      storage
    })
    expect(counts.known(info('s3'))).toBeUndefined()
    expect(await counts.count(info('s3'))).toBeNull()
  })
})
