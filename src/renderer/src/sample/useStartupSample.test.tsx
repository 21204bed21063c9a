import { cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { NoticeProvider } from '../services/notices'
import { WorkbenchDb } from '../db/workbench-db'
import { StartupChoiceContext } from '../snapshots/startup-choice'
import { useStartupSample } from './useStartupSample'

const dbs: WorkbenchDb[] = []
let n = 0
afterEach(async () => {
  cleanup()
  for (const db of dbs.splice(0)) await db.delete()
})

function run(addSample: boolean) {
  const db = new WorkbenchDb(`startup-sample-${n++}`)
  dbs.push(db)
  const { result } = renderHook(() => useStartupSample(db), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <NoticeProvider>
        <StartupChoiceContext.Provider value={{ addSample }}>
          {children}
        </StartupChoiceContext.Provider>
      </NoticeProvider>
    )
  })
  return { db, result }
}

describe('useStartupSample', () => {
  it('adds and opens the sample article on first start', async () => {
    const { db, result } = run(true)
    await waitFor(() => expect(result.current).toBe(true))
    const articles = await db.articles.toArray()
    expect(articles.map((a) => a.source)).toEqual(['Built-in sample'])
    expect((await db.settings.get('currentArticleId'))?.value).toBe(articles[0]!.id)
  })

  it('leaves the database empty while an offer to restore a snapshot was put off', async () => {
    const { db, result } = run(false)
    await waitFor(() => expect(result.current).toBe(true))
    expect(await db.articles.count()).toBe(0)
    expect(await db.settings.count()).toBe(0)
  })
})
