import { describe, expect, it } from 'vitest'
import { startDataEpoch } from '../services/pending-writes'
import { NoteSaver } from './note-saver'

/** A saver whose every write waits until `release` is called. */
function blockingSaver(): { saver: NoteSaver<number>; writes: number[]; release: () => void } {
  const writes: number[] = []
  let releaseWrite: () => void = () => {}
  const saver = new NoteSaver<number>(
    (v) =>
      new Promise<void>((resolve) => {
        writes.push(v)
        releaseWrite = resolve
      }),
    () => {}
  )
  return { saver, writes, release: () => releaseWrite() }
}

/** A saver that records what it writes, at once. */
function recordingSaver(writes: string[]): NoteSaver<string> {
  return new NoteSaver<string>(
    async (v) => void writes.push(v),
    () => {}
  )
}

describe('NoteSaver', () => {
  it('writes the first change at once and coalesces the rest into one trailing write', async () => {
    const { saver, writes, release } = blockingSaver()
    saver.change(1)
    saver.change(2)
    saver.change(3)
    expect(writes).toEqual([1])
    release()
    await Promise.resolve()
    await Promise.resolve()
    expect(writes).toEqual([1, 3])
    release()
    await saver.flush()
    expect(writes).toEqual([1, 3])
  })

  it('drops what it holds once a restore has started a new data epoch', async () => {
    const writes: string[] = []
    const saver = recordingSaver(writes)
    saver.change('typed before the restore')
    await saver.flush()
    startDataEpoch()
    saver.change('old text, after the restore')
    await saver.flush()
    expect(writes).toEqual(['typed before the restore'])
    // A saver made after the restore writes as usual.
    const fresh = recordingSaver(writes)
    fresh.change('restored note, edited')
    await fresh.flush()
    expect(writes).toEqual(['typed before the restore', 'restored note, edited'])
  })

  it('drops a change that was waiting for a write when the restore began', async () => {
    const { saver, writes, release } = blockingSaver()
    saver.change(1)
    saver.change(2)
    startDataEpoch()
    release()
    await saver.flush()
    expect(writes).toEqual([1])
  })

  it('reports a failed write and keeps saving later changes', async () => {
    const errors: unknown[] = []
    const stored: number[] = []
    const saver = new NoteSaver<number>(
      async (v) => {
        if (v === 1) throw new Error('disk full')
        stored.push(v)
      },
      (e) => errors.push(e)
    )
    saver.change(1)
    await saver.flush()
    saver.change(2)
    await saver.flush()
    expect(errors).toHaveLength(1)
    expect(stored).toEqual([2])
  })

  it('writes only while its window holds the edit lease; a refused value is handed over, not dropped', async () => {
    const stored: number[] = []
    const refused: number[] = []
    let lease = true
    const saver = new NoteSaver<number>(
      async (v) => void stored.push(v),
      () => {},
      { mayWrite: () => lease, onRefused: (v) => void refused.push(v) }
    )
    saver.change(1)
    await saver.flush()
    lease = false
    saver.change(2)
    await saver.flush()
    lease = true
    saver.change(3)
    await saver.flush()
    expect(stored).toEqual([1, 3])
    expect(refused).toEqual([2])
  })

  it('checks the lease when the write starts, not when the change came', async () => {
    const stored: number[] = []
    const refused: number[] = []
    let lease = true
    let releaseFirst: () => void = () => {}
    const saver = new NoteSaver<number>(
      (v) =>
        new Promise<void>((resolve) => {
          stored.push(v)
          releaseFirst = resolve
        }),
      () => {},
      { mayWrite: () => lease, onRefused: (v) => void refused.push(v) }
    )
    saver.change(1)
    saver.change(2)
    // The lease went while the first write was out: the waiting value must not be written.
    lease = false
    releaseFirst()
    await saver.flush()
    expect(stored).toEqual([1])
    expect(refused).toEqual([2])
  })

  it('reports a failure to keep a refused value', async () => {
    const errors: unknown[] = []
    const saver = new NoteSaver<number>(
      async () => {},
      (e) => errors.push(e),
      {
        mayWrite: () => false,
        onRefused: async () => {
          throw new Error('history full')
        }
      }
    )
    saver.change(1)
    await saver.flush()
    expect(errors).toHaveLength(1)
  })
})
