import type { Page } from '@playwright/test'
import { importThroughDialog, textFile } from '../support/files'
import { card, dragSelect } from '../support/reader'
import { expect, test } from '../support/workbench'

const TITLE = 'Generated wire archive'
// A sentence found once, in the article's last paragraphs, about 3.4 MB in: past the 3 million
// characters the reader keeps laid out (useLayOutInSlices.ts KEEP_LAID_OUT_CHARS).
const PASSAGE = 'The convoy reached Kramatorsk at dawn on the ninth day'
// A sentence inside the one enormous paragraph (shown as many pieces, display-chunks.ts).
const DEEP = 'Officials in Sumy counted forty one trucks at the crossing'

/** The colour slot of "Claim". */
const CLAIM = 1

const WORDS =
  'militia convoy border statement district shelling ceasefire aid officials said'.split(' ')

/** A plain-text file of about 3.5 MB: 6,400 paragraphs, one of 300,000 characters, then PASSAGE. */
function largeText(): string {
  let seed = 7
  const word = (): string => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return WORDS[seed % WORDS.length]!
  }
  const paragraph = (chars: number): string => {
    const out: string[] = []
    let length = 0
    while (length < chars) {
      const w = word()
      out.push(w)
      length += w.length + 1
    }
    return `${out.join(' ')}.`
  }
  const paragraphs = Array.from({ length: 6_400 }, () => paragraph(500))
  const enormous = `${paragraph(150_000)} ${DEEP}. ${paragraph(150_000)}`
  paragraphs.splice(4_000, 0, enormous)
  paragraphs.splice(6_390, 0, `${PASSAGE}, witnesses said.`)
  return `${TITLE}\n\n${paragraphs.join('\n\n')}\n`
}

/** The text of every painted range of highlight colour `slot`. */
const painted = (page: Page, slot: number): Promise<string[]> =>
  page.evaluate((name) => {
    const h = CSS.highlights.get(name)
    return h ? Array.from(h, (r) => (r as Range).toString()) : []
  }, `aw-colour-${slot}`)

/** Whether `text` is on screen in the reader pane. */
const inView = (page: Page, text: string): Promise<boolean> =>
  page.getByTestId('article-body').evaluate((body, wanted) => {
    const block = Array.from(body.querySelectorAll('[data-offset]')).find((b) =>
      b.textContent!.includes(wanted)
    )
    if (!block) return false
    const range = document.createRange()
    const at = block.textContent!.indexOf(wanted)
    range.setStart(block.firstChild!, at)
    range.setEnd(block.firstChild!, at + wanted.length)
    const rect = range.getBoundingClientRect()
    const pane = body.closest('.pane-content')!.getBoundingClientRect()
    return rect.top >= pane.top && rect.bottom <= pane.bottom
  }, text)

test('a multi-megabyte text imports, is highlighted near its end, and the highlight is painted after a restart', async ({
  launch
}) => {
  test.setTimeout(420_000)
  let { page, context } = await launch()
  const text = largeText()
  expect(text.length).toBeGreaterThan(3_300_000)
  // The progress line may come and go between two looks of a loaded test machine: every progress
  // line put in the page is written down as it appears.
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { progressLines: string[] }).progressLines = seen
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of Array.from(change.addedNodes))
          if (node instanceof HTMLElement && node.matches('.import-progress'))
            seen.push(node.textContent ?? '')
    }).observe(document.body, { childList: true, subtree: true })
  })
  await importThroughDialog(page, textFile('wire-archive.txt', text))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE, { timeout: 60_000 })
  const lines = await page.evaluate(
    () => (window as unknown as { progressLines: string[] }).progressLines
  )
  expect(lines.some((l) => /^Importing “wire-archive\.txt” \(\d+\.\d MB\)…$/.test(l))).toBe(true)
  await expect(page.getByText(`Imported “${TITLE}”.`)).toBeVisible()
  // The progress line goes once the file is read: it never stays beside "Imported".
  await expect(page.getByText(/Importing “wire-archive\.txt”/)).toBeHidden()
  const body = page.getByTestId('article-body')
  // The text comes in batches; all of it is in the page in the end.
  await expect(body).toHaveAttribute('data-shown', 'all', { timeout: 60_000 })
  // The enormous paragraph is shown as pieces, which together are exactly its text.
  expect(await body.locator('.article-piece').count()).toBeGreaterThan(50)

  await dragSelect(page, PASSAGE)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, PASSAGE)).toBeVisible()
  await expect.poll(() => painted(page, CLAIM)).toEqual([PASSAGE])

  // Inside the enormous paragraph too.
  await dragSelect(page, DEEP)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, DEEP)).toBeVisible()
  await expect.poll(() => painted(page, CLAIM)).toContain(DEEP)
  // For the eye: the pieces of the enormous paragraph read as one paragraph.
  await page.screenshot({ path: 'test-results/large-article-pieces.png' })

  await context.close()
  ;({ page, context } = await launch())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  // Clicking a card far down scrolls the reader to its passage, painted there.
  await card(page, PASSAGE).locator('.card-quote').click()
  await expect.poll(() => inView(page, PASSAGE), { timeout: 30_000 }).toBe(true)
  await expect.poll(() => painted(page, CLAIM)).toContain(PASSAGE)
  await card(page, DEEP).locator('.card-quote').click()
  await expect.poll(() => inView(page, DEEP), { timeout: 30_000 }).toBe(true)
  await expect.poll(() => painted(page, CLAIM)).toContain(DEEP)

  // Once all of it is laid out, the end of the text (past what the reader keeps laid out) is
  // skipped again at its measured height; its card still brings it into view, painted.
  const reopened = page.getByTestId('article-body')
  await expect(reopened).toHaveAttribute('data-laid-out', 'all', { timeout: 180_000 })
  const keptLaidOut = await reopened.evaluate((body, wanted) => {
    const block = Array.from(body.querySelectorAll('[data-offset]')).find((b) =>
      b.textContent!.includes(wanted)
    )
    return (block!.closest('.article-batch') as HTMLElement).style.contentVisibility === 'visible'
  }, PASSAGE)
  expect(keptLaidOut).toBe(false)
  await reopened.evaluate((body) => body.closest('.pane-content')!.scrollTo(0, 0))
  await expect.poll(() => inView(page, PASSAGE)).toBe(false)
  await card(page, PASSAGE).locator('.card-quote').click()
  await expect.poll(() => inView(page, PASSAGE), { timeout: 30_000 }).toBe(true)
  await expect.poll(() => painted(page, CLAIM)).toContain(PASSAGE)
  await context.close()
})
