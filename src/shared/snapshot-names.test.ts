import { describe, expect, it } from 'vitest'
import {
  isSnapshotName,
  newestFirst,
  nextSnapshotName,
  snapshotDate,
  snapshotName,
  snapshotsToRotate
} from './snapshot-names'

const at = (iso: string) => new Date(iso)

describe('snapshot names', () => {
  it('names a snapshot by its UTC time to the millisecond', () => {
    expect(snapshotName(at('2024-03-07T09:05:01.042Z'))).toBe('snapshot-20240307-090501-042.json')
    expect(snapshotName(at('2024-03-07T23:30:00.000-05:00'))).toBe(
      'snapshot-20240308-043000-000.json'
    )
  })

  it('reads the time back from the name', () => {
    const name = snapshotName(at('2031-12-31T23:59:59.999Z'))
    expect(snapshotDate(name)?.toISOString()).toBe('2031-12-31T23:59:59.999Z')
  })

  it('refuses anything that is not exactly a snapshot name', () => {
    for (const bad of [
      '../snapshot-20240307-090501-042.json',
      'snapshot-20240307-090501-042.json/../../x',
      'snapshot-20240307-090501-042.json.tmp',
      '.snapshot-20240307-090501-042.json.a1b2c3.tmp',
      'snapshot-20240307-090501-42.json',
      'snapshot-20240231-090501-042.json',
      'snapshot-20241307-090501-042.json',
      'snapshot-20240307-250501-042.json',
      'SNAPSHOT-20240307-090501-042.JSON',
      'notes.json',
      ''
    ]) {
      expect(isSnapshotName(bad), bad).toBe(false)
    }
    expect(isSnapshotName('snapshot-20240229-090501-042.json')).toBe(true)
  })

  it('sorts newest first and drops foreign files', () => {
    const names = [
      'snapshot-20240101-000000-000.json',
      'readme.txt',
      'snapshot-20240301-000000-000.json',
      'snapshot-20240201-000000-000.json'
    ]
    expect(newestFirst(names)).toEqual([
      'snapshot-20240301-000000-000.json',
      'snapshot-20240201-000000-000.json',
      'snapshot-20240101-000000-000.json'
    ])
  })

  it('never reuses or sorts before an existing name, even with the clock set back', () => {
    const existing = ['snapshot-20240307-090501-042.json']
    expect(nextSnapshotName(at('2024-03-07T09:05:01.042Z'), existing)).toBe(
      'snapshot-20240307-090501-043.json'
    )
    expect(nextSnapshotName(at('2020-01-01T00:00:00Z'), existing)).toBe(
      'snapshot-20240307-090501-043.json'
    )
    expect(nextSnapshotName(at('2024-03-08T00:00:00Z'), existing)).toBe(
      'snapshot-20240308-000000-000.json'
    )
    expect(nextSnapshotName(at('2024-03-08T00:00:00Z'), ['junk.json'])).toBe(
      'snapshot-20240308-000000-000.json'
    )
  })
})

describe('snapshotsToRotate', () => {
  const names = Array.from({ length: 25 }, (_, i) =>
    snapshotName(new Date(Date.UTC(2024, 0, 1, 0, 0, i)))
  )

  it('keeps the newest 20 and leaves foreign files alone', () => {
    const newest = names[24]!
    const doomed = snapshotsToRotate([...names, 'mine.txt'], newest)
    expect(doomed).toEqual(names.slice(0, 5).reverse())
    expect(doomed).not.toContain('mine.txt')
  })

  it('never deletes the snapshot just written, even if it sorts oldest', () => {
    const oldest = names[0]!
    const doomed = snapshotsToRotate(names, oldest)
    expect(doomed).not.toContain(oldest)
    expect(doomed).toHaveLength(5)
    expect(25 - doomed.length).toBe(20)
  })

  it('deletes nothing while there are 20 or fewer', () => {
    expect(snapshotsToRotate(names.slice(0, 20), names[19]!)).toEqual([])
  })

  // One snapshot at 10:00 and one at 18:00 on each of 30 days in March 2024, then a burst of
  // 25 on 31 March: the burst alone would push every earlier day out of the newest 20.
  const daily = Array.from({ length: 30 }, (_, d) => [
    snapshotName(new Date(Date.UTC(2024, 2, d + 1, 10))),
    snapshotName(new Date(Date.UTC(2024, 2, d + 1, 18)))
  ]).flat()
  const burst = Array.from({ length: 25 }, (_, i) =>
    snapshotName(new Date(Date.UTC(2024, 2, 31, 9, i)))
  )

  it('also keeps the newest snapshot of each of the last 14 days', () => {
    const all = [...daily, ...burst]
    const newest = burst[24]!
    const doomed = snapshotsToRotate(all, newest)
    const kept = all.filter((name) => !doomed.includes(name))
    const evenings = Array.from({ length: 13 }, (_, d) =>
      snapshotName(new Date(Date.UTC(2024, 2, 18 + d, 18)))
    )
    // The newest 20 (all from the burst), plus the evenings of 18–30 March: with the 31st,
    // 14 days. The 31st is covered by the burst; nothing older than 18 March survives.
    expect(kept.sort()).toEqual([...evenings, ...burst.slice(5)].sort())
    expect(doomed).toContain(snapshotName(new Date(Date.UTC(2024, 2, 17, 18))))
    expect(doomed).toContain(snapshotName(new Date(Date.UTC(2024, 2, 30, 10))))
  })

  it('counts the days back from the newest snapshot, not from the one just written', () => {
    const all = [...daily, ...burst]
    const oldest = daily[0]!
    const doomed = snapshotsToRotate(all, oldest)
    expect(doomed).not.toContain(oldest)
    expect(doomed).not.toContain(snapshotName(new Date(Date.UTC(2024, 2, 18, 18))))
    expect(doomed).toContain(snapshotName(new Date(Date.UTC(2024, 2, 17, 18))))
  })

  it('keeps only the newest when asked for no extra days', () => {
    const all = [...daily, ...burst]
    const doomed = snapshotsToRotate(all, burst[24]!, 20, 0)
    expect(all.length - doomed.length).toBe(20)
  })
})
