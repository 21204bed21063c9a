import { cleanup, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeArticle } from '@core/test-support/make-records'
import type { MenuCommand } from '@shared/ipc-contract'
import type { ArticleRecord } from '@shared/model/article'
import { NavigationProvider } from '../services/navigation'
import { NoticeProvider } from '../services/notices'
import { usePaletteCommands } from './usePaletteCommands'

afterEach(cleanup)

function commands(article?: ArticleRecord) {
  const run = vi.fn<(command: MenuCommand) => void>()
  const articleActions = { remove: vi.fn(), versions: vi.fn(), updateText: vi.fn() }
  const { result } = renderHook(
    () =>
      usePaletteCommands({
        run,
        article,
        theme: { applied: 'light', setPreference: vi.fn() },
        toggleLibrary: vi.fn(),
        articleActions
      }),
    {
      wrapper: ({ children }: { children: ReactNode }) => (
        <NoticeProvider>
          <NavigationProvider>{children}</NavigationProvider>
        </NoticeProvider>
      )
    }
  )
  return { list: result.current, run, articleActions }
}

describe('usePaletteCommands', () => {
  it('offers both ways back: a backup file and an automatic snapshot', () => {
    const { list, run } = commands()
    const byId = (id: string) => list.find((c) => c.id === id)
    expect(byId('restore')?.label).toBe('Restore from backup…')
    const snapshot = byId('restore-snapshot')
    expect(snapshot?.label).toBe('Restore from a snapshot…')
    snapshot?.run()
    expect(run).toHaveBeenCalledWith('restore-snapshot')
  })

  it('gives every command its own id', () => {
    const ids = commands(makeArticle()).list.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('offers deleting, versions and updating the text only while an article is open', () => {
    expect(commands().list.some((c) => c.id === 'delete-article')).toBe(false)
    const { list, articleActions } = commands(makeArticle({ id: 'art-9' }))
    list.find((c) => c.id === 'delete-article')?.run()
    expect(articleActions.remove).toHaveBeenCalledWith('art-9')
    list.find((c) => c.id === 'article-versions')?.run()
    expect(articleActions.versions).toHaveBeenCalled()
  })
})
