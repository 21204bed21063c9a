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
    render(<LibraryPane currentId="a1" onOpen={onOpen} />)
    const item = await screen.findByRole('button', { name: /Strikes in Syria/ })
    expect(item.textContent).toContain('Example Wire · 29 Jun 2021')
    expect(item.textContent).toContain('0 annotations · 0 events')
    expect(item.getAttribute('aria-current')).toBe('true')
    fireEvent.click(item)
    expect(onOpen).toHaveBeenCalledWith('a1')
  })
})
