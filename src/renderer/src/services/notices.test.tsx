import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useEffect, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NoticeArea } from '../ui/NoticeArea'
import {
  MAX_NOTICES,
  NoticeProvider,
  noticeLifetimeMs,
  useArticleNoticeScope,
  useNotices
} from './notices'

type Notify = ReturnType<typeof useNotices>['notify']
let notify: Notify = () => {}

function Window({ articleId }: { articleId?: string }): ReactNode {
  const api = useNotices()
  useEffect(() => {
    notify = api.notify
  }, [api.notify])
  useArticleNoticeScope(articleId)
  return <NoticeArea />
}

const shown = (): string[] =>
  Array.from(document.querySelectorAll('.notice span')).map((s) => s.textContent ?? '')

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function renderWindow(articleId?: string): { rerender: (ui: ReactNode) => void } {
  return render(
    <NoticeProvider>
      <Window articleId={articleId} />
    </NoticeProvider>
  )
}

describe('notices', () => {
  it('times out every notice that needs no answer, errors and warnings too', () => {
    renderWindow()
    act(() => {
      notify('info', 'Imported.')
      notify('warning', 'No publication date.')
      notify('error', 'Not saved.')
    })
    expect(shown()).toEqual(['Imported.', 'No publication date.', 'Not saved.'])
    act(() => vi.advanceTimersByTime(noticeLifetimeMs({ tone: 'info' })))
    expect(shown()).toEqual(['No publication date.', 'Not saved.'])
    act(() => vi.advanceTimersByTime(noticeLifetimeMs({ tone: 'error' })))
    expect(shown()).toEqual([])
  })

  it('keeps a notice that needs an answer until it is dismissed', () => {
    renderWindow()
    act(() => notify('warning', 'Restore now?', { needsAnswer: true }))
    act(() => vi.advanceTimersByTime(10 * 60_000))
    expect(shown()).toEqual(['Restore now?'])
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }))
    expect(shown()).toEqual([])
  })

  it('holds a notice while the pointer is over it or focus is in it', () => {
    renderWindow()
    act(() => notify('info', 'Article deleted.', { action: { label: 'Undo', run: () => {} } }))
    const notice = screen.getByRole('status')
    act(() => vi.advanceTimersByTime(5_000))
    fireEvent.mouseEnter(notice)
    act(() => vi.advanceTimersByTime(5 * 60_000))
    expect(shown()).toEqual(['Article deleted.'])
    fireEvent.mouseLeave(notice)
    // The rest of its time, not a fresh start.
    act(() =>
      vi.advanceTimersByTime(
        noticeLifetimeMs({ tone: 'info', action: { label: 'Undo', run: () => {} } }) - 5_000
      )
    )
    expect(shown()).toEqual([])

    act(() => notify('info', 'Second.', { action: { label: 'Undo', run: () => {} } }))
    fireEvent.focus(screen.getByRole('button', { name: 'Undo' }))
    act(() => vi.advanceTimersByTime(60_000))
    expect(shown()).toEqual(['Second.'])
    fireEvent.blur(screen.getByRole('button', { name: 'Undo' }))
    act(() => vi.advanceTimersByTime(60_000))
    expect(shown()).toEqual([])
  })

  it(`shows at most ${MAX_NOTICES} at once, the newest`, () => {
    renderWindow()
    act(() => {
      for (let i = 1; i <= 6; i++) notify('error', `Error ${i}`)
    })
    expect(shown()).toEqual(['Error 4', 'Error 5', 'Error 6'])
  })

  it('pushes out the oldest that needs no answer first', () => {
    renderWindow()
    act(() => {
      notify('warning', 'Question', { needsAnswer: true })
      for (let i = 1; i <= 4; i++) notify('info', `Info ${i}`)
    })
    expect(shown()).toEqual(['Question', 'Info 3', 'Info 4'])
  })

  it('clears the notices about an article when another article opens, and keeps the others', () => {
    const { rerender } = renderWindow('first')
    act(() => {
      notify('warning', 'Save or cancel the event being coded first.', { aboutArticle: true })
      notify('info', 'Imported “Second”.')
    })
    rerender(
      <NoticeProvider>
        <Window articleId="first" />
      </NoticeProvider>
    )
    expect(shown()).toHaveLength(2)
    rerender(
      <NoticeProvider>
        <Window articleId="second" />
      </NoticeProvider>
    )
    expect(shown()).toEqual(['Imported “Second”.'])
  })
})
