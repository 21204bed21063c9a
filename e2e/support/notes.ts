import { expect, type Locator, type Page } from '@playwright/test'

/** The open note's editor. */
export const noteEditor = (page: Page): Locator => page.getByRole('textbox', { name: /^Note: / })

/** Starts a new note from a template on the Notes tab, with the caret in it. */
export async function startNote(page: Page, template: string): Promise<Locator> {
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: template })
  await page.getByRole('button', { name: 'New note' }).click()
  const editor = noteEditor(page)
  await editor.click()
  await expect(editor).toBeFocused()
  return editor
}

/**
 * Starts a new line under a heading of the open note. Clicking at the heading's right edge puts
 * the caret at its end; End would move only the DOM caret, which the editor may not have read
 * when Enter comes (the new line then lands inside the heading).
 */
export async function writeUnderHeading(page: Page, heading: string): Promise<void> {
  const editor = noteEditor(page)
  const target = editor.getByRole('heading', { name: heading })
  const box = (await target.boundingBox())!
  await target.click({ position: { x: box.width - 4, y: box.height / 2 } })
  await expect(editor).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(editor.getByRole('heading', { name: heading })).toBeVisible()
}
