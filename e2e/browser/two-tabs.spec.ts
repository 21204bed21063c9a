import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { card, dragSelect } from '../support/reader'
import { noteEditor, startNote } from '../support/notes'
import { framePainted } from '../support/frames'
import { storedRecords } from '../support/stored-records'

// Issue 16, item 1: the same note or comment open in two tabs of browser mode. Typing in tab 1,
// then tab 2, then tab 1 used to store only tab 1's text, from the note and from its history.

const Q1 = 'The strikes killed several militia members'

// Two pages of the app at once, each step followed in both, and the notice looked at in three
// sizes: about 20 s on a quiet machine, past the default minute on a loaded one.
test.describe.configure({ timeout: 150_000 })

/** A second tab of the same browser profile: the same IndexedDB, the same Web Locks. */
async function secondTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return page
}

const leaseNotice = (page: Page, text: string | RegExp) =>
  page.locator('.edit-lease-notice').filter({ hasText: text })

/** Types at the end of a focused editor. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 }
]

/**
 * The notice at the three screen sizes, saved to look at: one or two short lines inside its pane,
 * its button whole, so the editor keeps its room at 1366×768.
 */
async function lookAtNotice(page: Page, name: string, button = 'Take over editing'): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    const notice = page.locator('.edit-lease-notice')
    await expect(notice.getByRole('button', { name: button })).toBeInViewport({
      ratio: 1
    })
    const fits = await notice.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const pane = el.closest('.pane-content')!.getBoundingClientRect()
      const button = el.querySelector('button')!.getBoundingClientRect()
      return {
        height: box.height,
        inside: box.left >= pane.left && box.right <= pane.right,
        buttonInside: button.right <= box.right && button.bottom <= box.bottom
      }
    })
    await page.screenshot({ path: `test-results/screens/two-tabs-${name}-${size.width}.png` })
    expect(fits.inside && fits.buttonInside).toBe(true)
    expect(fits.height).toBeLessThan(72)
  }
  await page.setViewportSize({ width: 1440, height: 900 })
}

interface StoredNote {
  doc: unknown
}

const textOf = (doc: unknown): string => JSON.stringify(doc)

test('a note open in two tabs: one edits, the other follows read-only, takes over, and nothing is lost', async ({
  workbench: { page: tab1, context }
}) => {
  await startNote(tab1, 'Blank note')
  await tab1.keyboard.type('Tab one first.')

  // Tab 2 opens the same note: read-only, with the notice, showing tab 1's text as it is saved.
  const tab2 = await secondTab(context)
  await tab2.getByRole('tab', { name: 'Notes' }).click()
  await tab2.getByRole('button', { name: /^Blank note/ }).click()
  await expect(leaseNotice(tab2, 'This note is open for editing in another window')).toBeVisible()
  await expect(noteEditor(tab2)).toHaveAttribute('contenteditable', 'false')
  await expect(noteEditor(tab2)).toContainText('Tab one first.')
  await lookAtNotice(tab2, 'note')
  // Typing there changes nothing.
  await noteEditor(tab2).click()
  await tab2.keyboard.type('Lost words')
  await expect(noteEditor(tab2)).not.toContainText('Lost words')

  // Tab 1 goes on typing; tab 2 shows it live.
  await tab1.bringToFront()
  await noteEditor(tab1).click()
  await typeAtEnd(tab1, ' Tab one more.')
  await expect(noteEditor(tab2)).toContainText('Tab one first. Tab one more.')

  // Tab 2 takes over from the keyboard: tab 1 stores its text and becomes read-only.
  await tab2.bringToFront()
  const takeOver2 = tab2.getByRole('button', { name: 'Take over editing' })
  await takeOver2.focus()
  await tab2.keyboard.press('Enter')
  await expect(noteEditor(tab2)).toHaveAttribute('contenteditable', 'true')
  await expect(leaseNotice(tab2, /./)).toBeHidden()
  await expect(leaseNotice(tab1, 'Another window took over editing the note')).toBeVisible()
  await expect(noteEditor(tab1)).toHaveAttribute('contenteditable', 'false')
  await noteEditor(tab2).click()
  await typeAtEnd(tab2, ' Tab two words.')
  await expect(noteEditor(tab1)).toContainText('Tab one more. Tab two words.')

  // Tab 1 cannot type over it; it takes editing back and writes on after tab 2's words.
  await tab1.bringToFront()
  await noteEditor(tab1).click()
  await tab1.keyboard.type('Overwrite attempt')
  await expect(noteEditor(tab1)).not.toContainText('Overwrite attempt')
  await tab1.getByRole('button', { name: 'Take over editing' }).click()
  await expect(noteEditor(tab1)).toHaveAttribute('contenteditable', 'true')
  await expect(leaseNotice(tab2, 'Another window took over editing the note')).toBeVisible()
  await noteEditor(tab1).click()
  await typeAtEnd(tab1, ' Tab one again.')
  const all = 'Tab one first. Tab one more. Tab two words. Tab one again.'
  await expect(noteEditor(tab2)).toContainText(all)

  // Tab 1 closes: tab 2 is told and can edit.
  await tab1.close()
  await expect(
    tab2.getByText('The other window stopped editing the note: you can edit it here now.')
  ).toBeVisible()
  await expect(noteEditor(tab2)).toHaveAttribute('contenteditable', 'true')
  await noteEditor(tab2).click()
  await typeAtEnd(tab2, ' After the close.')
  // Reloaded once the words are on screen: a key is stored before the frame after it.
  await framePainted(tab2)

  // After a reload, the note holds every tab's words; its history holds tab 2's words too.
  await tab2.reload()
  await tab2.getByRole('tab', { name: 'Notes' }).click()
  await tab2.getByRole('button', { name: /^Blank note/ }).click()
  await expect(noteEditor(tab2)).toContainText(`${all} After the close.`)
  const notes = await storedRecords<StoredNote>(tab2, 'notes')
  expect(notes).toHaveLength(1)
  expect(textOf(notes[0]!.doc)).toContain(`${all} After the close.`)
  const history = await storedRecords<StoredNote>(tab2, 'noteRevisions')
  expect(history.some((r) => textOf(r.doc).includes('Tab one more. Tab two words.'))).toBe(true)
  for (const r of history) expect(textOf(r.doc)).not.toContain('Lost words')
})

test('a note held by a window that never answers: taken over anyway, and that window writes nothing over it', async ({
  workbench: { page: tab1, context }
}) => {
  await startNote(tab1, 'Blank note')
  await tab1.keyboard.type('Before the freeze.')
  await framePainted(tab1)

  const tab2 = await secondTab(context)
  await tab2.getByRole('tab', { name: 'Notes' }).click()
  await tab2.getByRole('button', { name: /^Blank note/ }).click()
  await expect(noteEditor(tab2)).toContainText('Before the freeze.')

  // Tab 1 hangs (its script stopped, as in a debugger): it cannot answer "please let go".
  const cdp = await context.newCDPSession(tab1)
  await cdp.send('Debugger.enable')
  await cdp.send('Debugger.pause')
  await tab2.getByRole('button', { name: 'Take over editing' }).click()
  await expect(leaseNotice(tab2, 'Asking the other window to save the note')).toBeVisible()
  await expect(leaseNotice(tab2, 'The other window does not answer about the note.')).toBeVisible({
    timeout: 15_000
  })
  await lookAtNotice(tab2, 'no-answer', 'Take over anyway')
  await tab2.getByRole('button', { name: 'Take over anyway' }).press('Enter')
  await expect(noteEditor(tab2)).toHaveAttribute('contenteditable', 'true')
  await noteEditor(tab2).click()
  await typeAtEnd(tab2, ' Taken over.')
  await framePainted(tab2)

  // Tab 1 wakes up: it finds the note taken and becomes read-only, showing tab 2's words.
  await cdp.send('Debugger.resume')
  await expect(leaseNotice(tab1, 'Another window took over editing the note')).toBeVisible()
  await expect(noteEditor(tab1)).toHaveAttribute('contenteditable', 'false')
  // It follows what tab 2 saves from now on (what was saved while it hung, too).
  await noteEditor(tab2).click()
  await typeAtEnd(tab2, ' After the wake.')
  await framePainted(tab2)
  await expect(noteEditor(tab1)).toContainText('Before the freeze. Taken over. After the wake.')

  await tab2.reload()
  await tab2.getByRole('tab', { name: 'Notes' }).click()
  await tab2.getByRole('button', { name: /^Blank note/ }).click()
  await expect(noteEditor(tab2)).toContainText('Before the freeze. Taken over. After the wake.')
  const notes = await storedRecords<StoredNote>(tab2, 'notes')
  expect(textOf(notes[0]!.doc)).toContain('Before the freeze. Taken over. After the wake.')
})

test('a comment open in two tabs: one edits, the other waits read-only, takes over, and nothing is lost', async ({
  workbench: { page: tab1, context }
}) => {
  await dragSelect(tab1, Q1)
  await tab1.getByRole('button', { name: 'Highlight as Claim' }).click()
  await card(tab1, Q1).getByRole('button', { name: 'Comment', exact: true }).click()
  const comment1 = card(tab1, Q1).getByRole('textbox', { name: 'Comment' })
  await expect(comment1).toBeFocused()
  await tab1.keyboard.type('Comment from tab one.')

  // Tab 2 asks to edit the same comment: it gets the notice and the saved text, no editor.
  const tab2 = await secondTab(context)
  await expect(card(tab2, Q1)).toContainText('Comment from tab one.')
  await card(tab2, Q1).getByRole('button', { name: 'Edit comment' }).click()
  await expect(
    leaseNotice(tab2, 'This comment is open for editing in another window')
  ).toBeVisible()
  const comment2 = card(tab2, Q1).getByRole('textbox', { name: 'Comment' })
  await expect(comment2).toBeHidden()
  await lookAtNotice(tab2, 'comment')

  // Tab 1 types on; tab 2 shows it. Then tab 2 takes over and types.
  await tab1.bringToFront()
  await comment1.click()
  await typeAtEnd(tab1, ' More from tab one.')
  await expect(card(tab2, Q1)).toContainText('Comment from tab one. More from tab one.')
  await tab2.bringToFront()
  await card(tab2, Q1).getByRole('button', { name: 'Take over editing' }).click()
  await expect(comment2).toBeVisible()
  await expect(comment2).toContainText('Comment from tab one. More from tab one.')
  await expect(leaseNotice(tab1, 'Another window took over editing the comment')).toBeVisible()
  await expect(comment1).toBeHidden()
  await comment2.click()
  await typeAtEnd(tab2, ' Tab two comment.')
  await expect(card(tab1, Q1)).toContainText('More from tab one. Tab two comment.')

  // Tab 1 takes it back and writes on after tab 2's words.
  await tab1.bringToFront()
  await card(tab1, Q1).getByRole('button', { name: 'Take over editing' }).click()
  await expect(comment1).toContainText('Tab two comment.')
  await comment1.click()
  await typeAtEnd(tab1, ' Tab one last.')
  const all = 'Comment from tab one. More from tab one. Tab two comment. Tab one last.'
  await expect(card(tab2, Q1)).toContainText(all)

  // Tab 1 closes: tab 2, still waiting, becomes the editor and says so.
  await tab1.close()
  await expect(
    tab2.getByText('The other window stopped editing the comment: you can edit it here now.')
  ).toBeVisible()
  await expect(comment2).toContainText(all)
  await comment2.click()
  await typeAtEnd(tab2, ' Closing words.')
  await card(tab2, Q1).getByRole('button', { name: 'Done' }).click()
  await framePainted(tab2)

  await tab2.reload()
  await expect(card(tab2, Q1)).toContainText(`${all} Closing words.`)
  const stored = await storedRecords<{ commentText: string }>(tab2, 'annotations')
  expect(stored).toHaveLength(1)
  expect(stored[0]!.commentText).toBe(`${all} Closing words.`)
})
