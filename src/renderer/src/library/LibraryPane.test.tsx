import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addArticle } from '../db/commands/add-article'
import { db } from '../db/db'
import { LibraryPane } from './LibraryPane'

afterEach(async () => {
  cleanup()
  await db.articles.clear()
})

describe('LibraryPane', () => {
  it('lists articles with source, date and counts, and opens one on click', async () => {
    await addArticle(db, {
      id: 'a1',
      title: 'Strikes in Syria',
      source: 'Example Wire',
      url: '',
      byline: '',
      publishedAt: '2021-06-29',
      importedAt: '2021-06-30T00:00:00Z',
      contentHash: 'h1',
      format: 'txt',
      blocks: []
    })
    const onOpen = vi.fn()
    render(<LibraryPane currentId="a1" onOpen={onOpen} onDelete={vi.fn()} onVersions={vi.fn()} />)
    const item = await screen.findByRole('button', { name: /^Strikes in Syria/ })
    expect(item.textContent).toContain('Example Wire · 29 Jun 2021')
    expect(item.textContent).toContain('0 annotations · 0 events')
    expect(item.getAttribute('aria-current')).toBe('true')
    fireEvent.click(item)
    expect(onOpen).toHaveBeenCalledWith('a1')
  })

  it('asks to delete an item on Delete and from its menu, and opens its versions', async () => {
    await addArticle(db, {
      id: 'a2',
      title: 'Shelling in Kharkiv',
      source: '',
      url: '',
      byline: '',
      publishedAt: '',
      importedAt: '2021-06-30T00:00:00Z',
      contentHash: 'h2',
      format: 'txt',
      blocks: []
    })
    const onDelete = vi.fn()
    const onVersions = vi.fn()
    const onOpen = vi.fn()
    render(<LibraryPane currentId="" onOpen={onOpen} onDelete={onDelete} onVersions={onVersions} />)
    const item = await screen.findByRole('button', { name: /^Shelling in Kharkiv/ })
    fireEvent.keyDown(item, { key: 'Delete' })
    expect(onDelete).toHaveBeenCalledWith('a2')
    fireEvent.keyDown(item, { key: 'Delete', ctrlKey: true })
    expect(onDelete).toHaveBeenCalledTimes(1)
    const menu = screen.getByRole('button', { name: 'Article actions' })
    expect(menu.getAttribute('aria-describedby')).toBe('library-title-a2')
    fireEvent.click(menu)
    fireEvent.click(screen.getByRole('menuitem', { name: /Versions/ }))
    expect(onOpen).toHaveBeenCalledWith('a2')
    expect(onVersions).toHaveBeenCalledWith('a2')
    fireEvent.click(menu)
    fireEvent.click(screen.getByRole('menuitem', { name: /Delete/ }))
    expect(onDelete).toHaveBeenCalledTimes(2)
  })

  it('renders only the items in view of a long library, and filters by title or source', async () => {
    await db.articles.bulkAdd(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `bulk-${i}`,
        title: i === 700 ? 'Ceasefire talks in Doha' : `Report number ${i}`,
        source: i % 2 ? 'Odd Wire' : 'Even Wire',
        url: '',
        byline: '',
        publishedAt: '',
        importedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
        contentHash: `bulk-hash-${i}`,
        format: 'txt' as const,
        blocks: []
      }))
    )
    render(<LibraryPane currentId="" onOpen={vi.fn()} onDelete={vi.fn()} onVersions={vi.fn()} />)
    // Newest first: the last imported is at the top.
    await screen.findByRole('button', { name: /^Report number 999/ })
    const rendered = document.querySelectorAll('.library-item').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(50)
    expect(screen.queryByRole('button', { name: /^Ceasefire talks/ })).toBeNull()

    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter articles' }), {
      target: { value: 'doha CEASEFIRE' }
    })
    await screen.findByRole('button', { name: /^Ceasefire talks in Doha/ })
    expect(document.querySelectorAll('.library-item')).toHaveLength(1)
    expect(screen.getByRole('status').textContent).toBe('1 of 1,000 articles')
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter articles' }), {
      target: { value: 'nothing like this' }
    })
    await screen.findByText('No article’s title or source has “nothing like this”.')
  })
})
