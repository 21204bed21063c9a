import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, SAMPLE_TITLE, test } from '../support/workbench'
import { card, highlightWithComment } from '../support/reader'

const QUOTE = 'The strikes killed several militia members'
// A word that is nowhere in the sample article, so only the comment can be found by it.
const WORD = 'Zanzibarite'

const palette = (page: Page) => page.getByRole('dialog', { name: 'Search and commands' })
const searchBox = (page: Page) =>
  palette(page).getByRole('combobox', { name: 'Search everything, or type a command' })

/** Highlights QUOTE and comments on it through the card, as an analyst would. */
const commentedAnnotation = (page: Page): Promise<string> =>
  highlightWithComment(page, QUOTE, `Cross-check with the ${WORD} ministry statement`)

/** Pastes a second article, which becomes the open one. */
async function openAnotherArticle(page: Page): Promise<void> {
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('paste')
  await expect(palette(page).getByRole('option', { name: /Paste as new article/ })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Paste as new article' })
  await dialog.getByLabel('Title').fill('Flooding in the delta')
  await dialog.getByLabel('Article text').fill('Heavy rain flooded three districts on Monday.')
  await dialog.getByRole('button', { name: 'Add to library' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flooding in the delta')
}

/** Whether QUOTE is on screen in the reader pane (not scrolled out of its view). */
function quoteInView(page: Page): Promise<boolean> {
  return page.getByTestId('article-body').evaluate((body, quote) => {
    const block = Array.from(body.querySelectorAll('[data-offset]')).find((b) =>
      b.textContent!.includes(quote)
    )
    if (!block) return false
    const range = document.createRange()
    const at = block.textContent!.indexOf(quote)
    range.setStart(block.firstChild!, at)
    range.setEnd(block.firstChild!, at + quote.length)
    const rect = range.getBoundingClientRect()
    const pane = body.closest('.pane-content')!.getBoundingClientRect()
    return rect.top >= pane.top && rect.bottom <= pane.bottom
  }, QUOTE)
}

test('Ctrl+K finds an annotation by its comment and Enter shows it in its article', async ({
  workbench: { page }
}) => {
  await commentedAnnotation(page)
  await openAnotherArticle(page)

  // From inside a text field: Ctrl+K is global. The filter typed here would hide the card.
  await page.getByRole('searchbox', { name: 'Filter by text' }).fill('flood')
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
  // A word of the article, its annotation and its comment: hits of two kinds, in two groups.
  await page.keyboard.type('militia strikes')
  await expect(palette(page).getByRole('group', { name: 'Articles' })).toBeVisible()
  await expect(palette(page).getByRole('group', { name: 'Annotations' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot-search.png' })

  await searchBox(page).fill('')
  await page.keyboard.type(WORD.toLowerCase())
  const group = palette(page).getByRole('group', { name: 'Annotations' })
  const hit = group.getByRole('option').filter({ hasText: QUOTE })
  await expect(hit).toBeVisible()
  await expect(hit.locator('mark')).toHaveText(WORD)
  await expect(hit).toContainText(`in ${SAMPLE_TITLE}`)
  await expect(hit).toHaveAttribute('aria-selected', 'true')
  await expect(searchBox(page)).toHaveAttribute(
    'aria-activedescendant',
    (await hit.getAttribute('id'))!
  )

  const axe = await new AxeBuilder({ page }).include('dialog.palette').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([])

  await page.keyboard.press('Enter')
  await expect(palette(page)).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  await expect(card(page, QUOTE)).toBeFocused()
  await expect(page.getByTestId('article-body')).toHaveAttribute('data-flashing', 'true')
  expect(await quoteInView(page)).toBe(true)
  await expect(page.getByRole('searchbox', { name: 'Filter by text' })).toHaveValue('')
})

test('a workbench:// link opens its annotation: from the address and pasted in the palette', async ({
  workbench: { page }
}) => {
  const annotationId = await commentedAnnotation(page)
  const articleId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('analyst-workbench')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('currentArticleId')
          get.onsuccess = () => resolve((get.result as { value: string }).value)
        }
      })
  )
  const link = `workbench://article/${articleId}#annotation=${annotationId}`
  await openAnotherArticle(page)

  // Browser mode: the app is started with #open=<link>.
  await page.goto('about:blank')
  await page.goto(`/#open=${encodeURIComponent(link)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  await expect(card(page, QUOTE)).toBeFocused()
  await expect(page).toHaveURL(/\/$/)

  // Pasted into the palette, a link is offered as "Open link".
  await page.getByRole('listitem').filter({ hasText: 'Flooding in the delta' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flooding in the delta')
  await page.keyboard.press('Control+k')
  await searchBox(page).fill(link)
  const open = palette(page).getByRole('option', { name: /Open link/ })
  await expect(open).toContainText(`Annotation “${QUOTE}” in “${SAMPLE_TITLE}”`)
  await page.keyboard.press('Enter')
  await expect(card(page, QUOTE)).toBeFocused()

  // A link to something that is gone says so and shows what is left.
  await page.keyboard.press('Control+k')
  await searchBox(page).fill(`workbench://article/${articleId}#annotation=deleted-long-ago`)
  await page.keyboard.press('Enter')
  await expect(page.getByText('That annotation is no longer in')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  await page.goto(`/#open=${encodeURIComponent('workbench://article/no-such-article')}`)
  await expect(page.getByText('The article this points to is not in your library.')).toBeVisible()
})

test('commands run from the palette; no results says so; Escape gives focus back', async ({
  workbench: { page }
}) => {
  const html = page.locator('html')
  const before = (await html.getAttribute('data-theme')) === 'dark' ? 'dark' : 'light'
  const after = before === 'dark' ? 'light' : 'dark'

  await page.getByRole('button', { name: 'Shortcuts' }).focus()
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
  // With nothing typed, the palette lists its commands.
  await expect(palette(page).getByRole('group', { name: 'Commands' })).toContainText('Back up…')
  await page.keyboard.type('toggle th')
  await expect(palette(page).getByRole('option', { name: 'Toggle theme' })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await page.keyboard.press('Enter')
  await expect(palette(page)).toBeHidden()
  await expect(html).toHaveAttribute('data-theme', after)

  await page.keyboard.press('Meta+k')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('light theme')
  await page.keyboard.press('End')
  await page.keyboard.press('Home')
  await expect(palette(page).getByRole('option').first()).toHaveAccessibleName('Light theme')
  await page.keyboard.press('Enter')
  await expect(html).toHaveAttribute('data-theme', 'light')

  await page.getByRole('button', { name: 'Shortcuts' }).focus()
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('theme')
  await page.screenshot({ path: 'test-results/search-palette-commands.png' })
  await searchBox(page).fill('')
  await page.keyboard.type('qwxzzyv')
  await expect(palette(page).getByRole('status')).toHaveText('No matches for “qwxzzyv”')
  await expect(palette(page).getByRole('option')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(palette(page)).toBeHidden()
  await expect(page.getByRole('button', { name: 'Shortcuts' })).toBeFocused()
})

test('an event found with Ctrl+K is selected in the table of its article, its row focused', async ({
  workbench: { page }
}) => {
  await page.getByRole('button', { name: 'Suggest events' }).click()
  const review = page.getByRole('dialog', { name: 'Suggested events' })
  // The first suggestion starts the suggester's worker and reads its gazetteer.
  await expect(review.getByRole('button', { name: /^Accept all/ })).toBeEnabled({ timeout: 30_000 })
  await review.getByRole('button', { name: /^Accept all/ }).click()
  await review.getByRole('button', { name: 'Done' }).click()
  const rows = page
    .getByRole('table', { name: 'Events' })
    .getByRole('row')
    .filter({ hasText: 'Air/drone strike' })
  await expect(rows.first()).toBeVisible()
  await openAnotherArticle(page)

  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type('air drone strike')
  const hit = palette(page).getByRole('group', { name: 'Events' }).getByRole('option').first()
  await expect(hit).toContainText('Air/drone strike')
  await expect(hit).toContainText(`in ${SAMPLE_TITLE}`)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  // Commands match nothing here, so the first option is the best event.
  await expect(hit).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  const focused = page.locator('[data-event-id]:focus')
  await expect(focused).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('region', { name: 'Selected event' })).toContainText(
    'Air/drone strike'
  )
})
