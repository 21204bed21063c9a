import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RovingButtonList, type ButtonListEntry } from './RovingButtonList'

afterEach(cleanup)

const entries = (n: number, current = -1): ButtonListEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `k${i}`,
    label: `Entry ${i}`,
    current: i === current
  }))

describe('RovingButtonList', () => {
  it('has one tab stop, on the current entry, and moves it with the arrow keys', () => {
    const onActivate = vi.fn()
    render(
      <RovingButtonList
        entries={entries(5, 2)}
        onActivate={onActivate}
        label="Events"
        emptyText="None"
      />
    )
    const buttons = screen.getAllByRole('button')
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, 0, -1, -1])
    expect(buttons[2]?.getAttribute('aria-current')).toBe('true')
    buttons[2]?.focus()
    fireEvent.keyDown(buttons[2] as HTMLElement, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(buttons[3])
    expect(screen.getAllByRole('button').map((b) => b.tabIndex)).toEqual([-1, -1, -1, 0, -1])
    fireEvent.keyDown(buttons[3] as HTMLElement, { key: 'End' })
    expect(document.activeElement).toBe(buttons[4])
    fireEvent.keyDown(buttons[4] as HTMLElement, { key: 'Home' })
    expect(document.activeElement).toBe(buttons[0])
    fireEvent.click(buttons[0] as HTMLElement)
    expect(onActivate).toHaveBeenCalledWith('k0')
  })

  it('calls onEscape, and says so when empty', () => {
    const onEscape = vi.fn()
    const { rerender } = render(
      <RovingButtonList
        entries={entries(2)}
        onActivate={() => {}}
        label="L"
        emptyText="None"
        onEscape={onEscape}
      />
    )
    fireEvent.keyDown(screen.getAllByRole('button')[0] as HTMLElement, { key: 'Escape' })
    expect(onEscape).toHaveBeenCalled()
    rerender(<RovingButtonList entries={[]} onActivate={() => {}} label="L" emptyText="None" />)
    expect(screen.getByText('None')).toBeTruthy()
  })

  it('renders a long list in steps, and all of it in the end', async () => {
    vi.useFakeTimers()
    try {
      render(
        <RovingButtonList entries={entries(1000)} onActivate={() => {}} label="L" emptyText="" />
      )
      expect(screen.getAllByRole('button').length).toBeLessThan(1000)
      for (let i = 0; i < 20; i++) await act(async () => vi.runOnlyPendingTimers())
      expect(screen.getAllByRole('button')).toHaveLength(1000)
    } finally {
      vi.useRealTimers()
    }
  })
})
