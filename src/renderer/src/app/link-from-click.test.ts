import { describe, expect, it } from 'vitest'
import { linkFromClick } from './link-from-click'

const LINK = 'workbench://article/a-1#annotation=b-2'

function clickOn(html: string, selector: string, init: MouseEventInit = {}): string | null {
  document.body.innerHTML = html
  const target = document.querySelector(selector)!
  let seen: string | null = 'not dispatched'
  document.addEventListener('click', (e) => (seen = linkFromClick(e)), { once: true })
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0, ...init }))
  return seen
}

describe('linkFromClick', () => {
  it('opens a workbench link clicked anywhere in the workbench, also on its inner text', () => {
    expect(clickOn(`<p><a href="${LINK}"><b>the passage</b></a></p>`, 'b')).toBe(LINK)
  })

  it('leaves other links and other buttons alone', () => {
    expect(clickOn('<a href="https://example.org/">x</a>', 'a')).toBeNull()
    expect(clickOn(`<a href="${LINK}">x</a>`, 'a', { button: 1 })).toBeNull()
  })

  it('in a note being written, follows the link only with Ctrl or Cmd', () => {
    const note = `<div contenteditable="true"><p><a href="${LINK}">x</a></p></div>`
    expect(clickOn(note, 'a')).toBeNull()
    expect(clickOn(note, 'a', { ctrlKey: true })).toBe(LINK)
    expect(clickOn(note, 'a', { metaKey: true })).toBe(LINK)
  })
})
