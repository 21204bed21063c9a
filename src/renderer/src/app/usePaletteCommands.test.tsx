import { cleanup, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../../shared/ipc-contract'
import { NavigationProvider } from './navigation'
import { NoticeProvider } from './notices'
import { usePaletteCommands } from './usePaletteCommands'

afterEach(cleanup)

function commands() {
  const run = vi.fn<(command: MenuCommand) => void>()
  const { result } = renderHook(
    () =>
      usePaletteCommands({
        run,
        article: undefined,
        theme: { applied: 'light', setPreference: vi.fn() },
        toggleLibrary: vi.fn()
      }),
    {
      wrapper: ({ children }: { children: ReactNode }) => (
        <NoticeProvider>
          <NavigationProvider>{children}</NavigationProvider>
        </NoticeProvider>
      )
    }
  )
  return { list: result.current, run }
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
    const ids = commands().list.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
