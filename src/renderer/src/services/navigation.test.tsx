import { afterEach, describe, expect, it } from 'vitest'
import { whenRendered } from './navigation'

afterEach(() => document.body.replaceChildren())

const row = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-row="7"]')

describe('whenRendered', () => {
  it('gives an element already there at once', async () => {
    document.body.innerHTML = '<div data-row="7"></div>'
    await expect(whenRendered(row, 50)).resolves.toBe(row())
  })

  it('waits for an element drawn later, however many frames that takes', async () => {
    const found = whenRendered(row, 2000)
    // Drawn after several macrotasks, as a table that mounts, measures and then draws would be.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 10))
    const el = document.createElement('div')
    el.dataset.row = '7'
    document.body.append(el)
    await expect(found).resolves.toBe(el)
  })

  it('gives null when nothing comes in time', async () => {
    document.body.innerHTML = '<div data-row="8"></div>'
    await expect(whenRendered(row, 30)).resolves.toBeNull()
  })
})
