import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { db } from '../db/db'
import { useNoteLookups } from './useNoteLookups'

afterEach(async () => {
  cleanup()
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
})

describe('useNoteLookups', () => {
  it('is not ready before the records load, then finds annotations and events by id', async () => {
    const t = sampleBackupTables()
    await db.articles.bulkAdd(t.articles)
    await db.annotations.bulkAdd(t.annotations)
    await db.events.bulkAdd(t.events)
    const { result } = renderHook(() => useNoteLookups(null))
    const annotation = t.annotations[0]!
    const event = t.events[0]!
    // Not loaded yet: a cited quote must not take its annotation for deleted.
    expect(result.current.isReady?.()).toBe(false)
    expect(result.current.getAnnotation(annotation.id)).toBeUndefined()
    await waitFor(() => expect(result.current.isReady?.()).toBe(true))
    expect(result.current.getAnnotation(annotation.id)?.quote).toBe(
      annotation.selectors.quote.exact
    )
    expect(result.current.getEvent(event.id)).toBeDefined()
    expect(result.current.getAnnotation('no-such-annotation')).toBeUndefined()
  })

  it('tells its subscribers when a record changes and reads the new one', async () => {
    const t = sampleBackupTables()
    await db.annotations.bulkAdd(t.annotations)
    const annotation = t.annotations[0]!
    const { result } = renderHook(() => useNoteLookups(null))
    await waitFor(() => expect(result.current.isReady?.()).toBe(true))
    let calls = 0
    result.current.subscribe(() => calls++)
    await db.annotations.update(annotation.id, {
      selectors: {
        ...annotation.selectors,
        quote: { ...annotation.selectors.quote, exact: 'edited quote' }
      }
    })
    await waitFor(() =>
      expect(result.current.getAnnotation(annotation.id)?.quote).toBe('edited quote')
    )
    expect(calls).toBeGreaterThan(0)
  })
})
