import AxeBuilder from '@axe-core/playwright'
import { SAMPLE_TITLE, expect, test } from '../support/workbench'
import { binaryFile, dropFile, importThroughDialog, textFile } from '../support/files'

const library = (page: import('@playwright/test').Page) =>
  page.getByRole('complementary', { name: 'Article library' })

test('first launch shows the sample article in the reader and the library', async ({
  workbench: { page }
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  await expect(page.getByTestId('article-body')).toContainText(
    'Earlier this week, the United States carried out airstrikes'
  )
  // Paragraphs are kept: the sample has four.
  await expect(page.getByTestId('article-body').locator('p')).toHaveCount(4)
  await expect(
    library(page).getByRole('button', { name: new RegExp(SAMPLE_TITLE) })
  ).toHaveAttribute('aria-current', 'true')
  await expect(library(page)).toContainText('0 annotations · 0 events')
  for (const pane of ['Reader', 'Annotations & notes', 'Events']) {
    await expect(page.getByRole('region', { name: pane })).toBeVisible()
  }
})

test('the article is set at a readable measure', async ({ workbench: { page } }) => {
  // Count the characters on each rendered line of the first paragraph, as a typographer would.
  // Typography is judged with the reading font in place, not the fallback shown while it loads.
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('17px "Source Serif 4 Variable"')))
    .toBe(true)
  const perLine = await page.getByTestId('article-body').evaluate((body) => {
    const text = body.querySelector('p')!.firstChild as Text
    const range = document.createRange()
    const lines = new Map<number, number>()
    for (let i = 0; i < text.length; i++) {
      range.setStart(text, i)
      range.setEnd(text, i + 1)
      const top = Math.round(range.getBoundingClientRect().top)
      lines.set(top, (lines.get(top) ?? 0) + 1)
    }
    const counts = [...lines.values()].slice(0, -1).sort((a, b) => a - b)
    return counts[Math.floor(counts.length / 2)]!
  })
  expect(perLine).toBeGreaterThanOrEqual(60)
  expect(perLine).toBeLessThanOrEqual(80)
})

test('importing a .txt shows its text and adds it to the library', async ({
  workbench: { page }
}) => {
  await importThroughDialog(
    page,
    textFile(
      'field-report.txt',
      'Field report from Deir ez-Zor\n\nShelling was reported near the bridge.\n\nLocal sources gave no casualty figure.'
    )
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field report from Deir ez-Zor')
  await expect(page.getByTestId('article-body').locator('p')).toHaveCount(2)
  await expect(library(page).getByRole('listitem')).toHaveCount(2)
})

test('importing hostile HTML shows its text and executes nothing', async ({
  workbench: { page }
}) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const html = `<!doctype html><html><head><title>Militia statement</title>
    <script>window.__pwned = 'script'; alert('script ran')</script></head>
    <body><h1>Militia statement</h1>
    <p onclick="window.__pwned='click'">The alliance threatened to respond to the strikes.</p>
    <img src="x" onerror="window.__pwned='onerror'; alert('onerror ran')">
    <ul><li>Rockets fired at a base</li><li>Convoy targeted</li></ul>
    <blockquote>We will answer, a spokesman said.</blockquote>
    <a href="javascript:window.__pwned='link'">details</a></body></html>`
  await importThroughDialog(page, textFile('statement.html', html, 'text/html'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Militia statement')
  const body = page.getByTestId('article-body')
  await expect(body).toContainText('The alliance threatened to respond to the strikes.')
  await expect(body).toContainText('Rockets fired at a base')
  await expect(body.locator('blockquote')).toHaveText('We will answer, a spokesman said.')
  await body.getByText('The alliance threatened').click()
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)
  ).toBeUndefined()
  await expect(body.locator('script, img, [onerror], [onclick], a')).toHaveCount(0)
  expect(dialogs).toEqual([])
})

test('HTML whose text is mostly removed by sanitising warns the user', async ({
  workbench: { page }
}) => {
  const html = `<html><body><p>Short visible line.</p><noscript>${'Hidden text that only shows without scripts. '.repeat(20)}</noscript><iframe srcdoc="x"></iframe><template>${'tpl '.repeat(50)}</template><object>${'Object fallback text that a browser shows. '.repeat(10)}</object></body></html>`
  await importThroughDialog(page, textFile('mostly-scripts.html', html, 'text/html'))
  await expect(page.getByRole('alert')).toContainText('was kept after removing unsafe content')
})

for (const [label, file, message] of [
  ['a binary file', binaryFile(), /binary file, not text/],
  ['an empty file', textFile('empty.txt', ''), /is empty/],
  [
    'undecodable text',
    {
      name: 'latin.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x54, 0x65, 0x78, 0x74, 0xff, 0xfe, 0xfd, 0x41])
    },
    /could not be decoded/
  ]
] as const) {
  test(`${label} is refused with a clear error and the library is unchanged`, async ({
    workbench: { page }
  }) => {
    await expect(library(page).getByRole('listitem')).toHaveCount(1)
    await importThroughDialog(page, file)
    await expect(page.getByRole('alert')).toContainText(message)
    await expect(library(page).getByRole('listitem')).toHaveCount(1)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  })
}

test('importing the same content again offers the existing article', async ({
  workbench: { page }
}) => {
  const file = textFile(
    'report.txt',
    'Convoy hit near Baghdad\n\nAn improvised explosive device struck a convoy.'
  )
  await importThroughDialog(page, file)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convoy hit near Baghdad')
  await library(page)
    .getByRole('button', { name: new RegExp(SAMPLE_TITLE) })
    .click()
  await importThroughDialog(page, { ...file, name: 'same-report-again.txt' })
  const dialog = page.getByRole('dialog', { name: 'Already in the library' })
  await expect(dialog).toContainText('Convoy hit near Baghdad')
  await dialog.getByRole('button', { name: 'Open existing article' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convoy hit near Baghdad')
  await expect(library(page).getByRole('listitem')).toHaveCount(2)
})

test('an article file dropped on the window is imported', async ({ workbench: { page } }) => {
  await dropFile(
    page,
    textFile(
      'dropped.md',
      '# Protest in Basra\n\nHundreds gathered outside the governorate building.\n\n- Police used tear gas\n- Two arrests'
    )
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protest in Basra')
  await expect(page.getByTestId('article-body')).toContainText('Police used tear gas')
})

test('paste as new article from the keyboard', async ({ workbench: { page } }) => {
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Control+Shift+V')
  const dialog = page.getByRole('dialog', { name: 'Paste as new article' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Add to library' }).click()
  await expect(page.getByRole('alert')).toContainText('nothing to import')
  await dialog.getByLabel('Title').fill('Pasted wire copy')
  await dialog
    .getByLabel('Article text')
    .fill('First paragraph of the wire.\n\nSecond paragraph of the wire.')
  await dialog.getByLabel('Article text').press('Control+Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pasted wire copy')
  await expect(page.getByTestId('article-body').locator('p')).toHaveCount(2)
})

test('article details are validated and saved, and survive a browser restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await page.getByRole('button', { name: 'Edit details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('URL').fill('not a url')
  await dialog.getByLabel('Title').fill('')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog.getByText('The title cannot be empty.')).toBeVisible()
  await expect(dialog.getByText('The URL must start with http:// or https://.')).toBeVisible()
  await dialog.getByLabel('Title').fill('US strikes militia sites in Iraq and Syria')
  await dialog.getByLabel('URL').fill('https://example.org/strikes')
  await dialog.getByLabel('Source').fill('Example Wire')
  await dialog.getByLabel('Publication date').fill('2021-06-29')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Published 29 Jun 2021')).toBeVisible()
  await importThroughDialog(page, textFile('second.txt', 'Second article\n\nBody text.'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second article')
  await context.close()
  ;({ page, context } = await launch())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second article')
  await expect(library(page).getByRole('listitem')).toHaveCount(2)
  await library(page)
    .getByRole('button', { name: /US strikes militia sites/ })
    .click()
  await expect(page.getByText('Published 29 Jun 2021')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Reader' }).getByText('Example Wire')).toBeVisible()
})

test('F6 cycles focus between the panes and panes collapse and expand', async ({
  workbench: { page }
}) => {
  await page.getByTestId('article-body').click()
  const focusedPane = () =>
    page.evaluate(() => document.activeElement?.closest('[data-pane]')?.getAttribute('data-pane'))
  const seen: (string | null | undefined)[] = []
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F6')
    seen.push(await focusedPane())
  }
  expect(new Set(seen)).toEqual(new Set(['library', 'reader-pane', 'side-pane', 'events-pane']))
  await page.getByRole('button', { name: 'Collapse Events' }).click()
  await expect(page.getByRole('button', { name: 'Expand Events' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Events' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Expand Events' }).click()
  await expect(page.getByRole('region', { name: 'Events' })).toBeVisible()
})

test('the dark theme renders and is remembered', async ({ launch }) => {
  let { page, context } = await launch()
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(bg).toBe('rgb(21, 23, 26)')
  // Pictured as Read mode ships, the Events pane in its rail.
  await page.getByRole('button', { name: 'Collapse Events' }).click()
  await expect(page.getByRole('button', { name: 'Expand Events' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot-dark.png' })
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    []
  )
  await context.close()
  ;({ page, context } = await launch())
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('no serious or critical accessibility violations, dialogs included', async ({
  workbench: { page }
}) => {
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(await serious()).toEqual([])
  await page.getByRole('button', { name: 'Edit details…' }).click()
  expect(await serious()).toEqual([])
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  expect(await serious()).toEqual([])
})

test('About shows the storage persistence answer', async ({ workbench: { page } }) => {
  await page.getByRole('button', { name: 'About' }).click()
  const dialog = page.getByRole('dialog', { name: 'About Analyst Workbench' })
  await expect(dialog.getByTestId('persistence')).toHaveText(/granted|not granted|not supported/)
  await expect(dialog).toContainText('Browser mode')
})
