import { cleanup, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { TopBar } from './TopBar'

// The window renders the top bar with new callbacks on every comment keystroke.
const bar = (title: string): ReactElement => (
  <TopBar
    title={title}
    libraryOpen
    onToggleLibrary={() => {}}
    mode="read"
    onMode={setMode}
    onImport={() => {}}
    onPaste={() => {}}
    onExport={() => {}}
    onBackup={() => {}}
    theme="system"
    onTheme={setTheme}
    onShortcuts={() => {}}
    onAbout={() => {}}
    onSearch={() => {}}
  />
)
const setMode = (): void => {}
const setTheme = (): void => {}

afterEach(cleanup)

describe('TopBar', () => {
  it('leaves its inputs alone when the window renders it again with the same mode and theme', () => {
    // React sets an input's name and type attributes again whenever it renders it with new
    // props, and any DOM change makes Chromium repaint every highlight in the article.
    const { container, rerender } = render(bar('An article'))
    const changed: string[] = []
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changed.push(`${(r.target as Element).tagName} ${r.attributeName}`))
    )
    observer.observe(container, { subtree: true, attributes: true })
    for (let i = 0; i < 3; i++) rerender(bar('An article'))
    changed.push(...observer.takeRecords().map((r) => `${r.target.nodeName} ${r.attributeName}`))
    observer.disconnect()
    expect(changed).toEqual([])
    expect(container.querySelector<HTMLInputElement>('input[value="read"]')?.checked).toBe(true)
  })
})
