// Issue 15, "Cramped": the screens that cut their content at laptop sizes, looked at with real
// content (a long article built from the events corpus, its suggested events accepted, plus the
// sample) at the three screen sizes, saved to look at, and checked: no table cell or option label
// cut, the check badges shown, the timeline and the actor chart inside their pane after "Fit all"
// and at first show, the shortcuts dialog inside the window with its title and Close in view, the
// export dialog's note picker under "This note", and the selection toolbar inside the reader pane,
// clear of the selection and the line above it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { importThroughDialog, textFile } from '../support/files'
import { setPublicationDate } from '../support/events'
import { dragSelect } from '../support/reader'
import { startNote } from '../support/notes'

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'events')
/** Six reports, one after the other: a long article with about twenty events in it. */
const PARTS = [
  'ukraine-kramatorsk-missile-2023',
  'sudan-el-fasher-rsf-shelling-2024',
  'mozambique-macomia-insurgent-attacks-2022',
  'lebanon-hezbollah-rockets-israeli-strikes-2024',
  'mexico-guerrero-michoacan-violence-2019',
  'myanmar-pale-airstrikes-2023'
]
const TITLE = 'Conflict roundup'
/** A sentence of the Kramatorsk report, selected for the toolbar. */
const PASSAGE = 'destroyed an apartment building and damaged nine others'

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 }
]

test.skip(
  !existsSync(CORPUS),
  `the events corpus is not at ${CORPUS}: these screens are judged with its articles`
)

async function loadRoundup(page: Page): Promise<void> {
  const text = PARTS.map((p) => readFileSync(join(CORPUS, `${p}.txt`), 'utf8')).join('\n\n')
  await importThroughDialog(page, textFile('conflict-roundup.txt', `${TITLE}\n\n${text}`))
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible()
  // Dated, so the table has dates to show and the timeline events to place.
  await setPublicationDate(page, '2024-05-12')
  await page.getByRole('button', { name: 'Suggest events' }).click()
  const review = page.getByRole('dialog', { name: 'Suggested events' })
  // A long article on a busy machine: the suggester may take a while.
  const acceptAll = review.getByRole('button', { name: /^Accept all/ })
  await expect(acceptAll).toBeEnabled({ timeout: 90_000 })
  expect(Number((await acceptAll.textContent())!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(15)
  await acceptAll.click()
  await expect(review.getByText('No more suggestions to review.')).toBeVisible()
  await review.getByRole('button', { name: 'Done' }).click()
  await expect(review).toBeHidden()
}

/** Text cut in a cell: wider or taller than its box, or an ellipsis applied. */
async function clippedCells(table: Locator): Promise<string[]> {
  return table.evaluate((el) =>
    Array.from(el.querySelectorAll<HTMLElement>('[role="cell"], [role="columnheader"]'))
      .filter((cell) => cell.getClientRects().length > 0)
      .filter(
        (cell) =>
          cell.scrollWidth > cell.clientWidth ||
          cell.scrollHeight > cell.clientHeight ||
          getComputedStyle(cell).textOverflow === 'ellipsis' ||
          // A cell sticking out of its row is cut by the pane.
          cell.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5
      )
      .map(
        (cell) =>
          `${cell.className} "${cell.textContent}" ${cell.scrollWidth}/${cell.clientWidth}×${cell.scrollHeight}/${cell.clientHeight}`
      )
  )
}

/** Rows drawn over each other (a row taller than the space the virtual list gave it). */
async function overlappingRows(table: Locator): Promise<number> {
  return table.evaluate((el) => {
    const rows = Array.from(el.querySelectorAll('[role="row"][data-event-id]'))
      .map((r) => r.getBoundingClientRect())
      .sort((a, b) => a.top - b.top)
    return rows.filter((r, i) => i > 0 && r.top < rows[i - 1]!.bottom - 0.5).length
  })
}

/** Selects in the form whose widest option is wider than the select shows. */
async function cutSelects(form: Locator): Promise<string[]> {
  return form.evaluate((el) =>
    Array.from(el.querySelectorAll('select'))
      .filter((s) => s.getClientRects().length > 0)
      .map((select) => {
        // The select's own intrinsic width is that of its widest option: a copy at width auto
        // beside it, with the same styles, shows what it needs.
        const copy = select.cloneNode(true) as HTMLSelectElement
        copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none'
        select.parentElement!.append(copy)
        const needs = copy.getBoundingClientRect().width
        copy.remove()
        const has = select.getBoundingClientRect().width
        return has + 0.5 < needs
          ? `${select.getAttribute('aria-label') ?? select.name}: ${has}/${needs}`
          : ''
      })
      .filter(Boolean)
  )
}

/** Labels and other text in the form wider than their box. */
async function cutLabels(form: Locator): Promise<string[]> {
  return form.evaluate((el) =>
    Array.from(el.querySelectorAll<HTMLElement>('label, .form-label, legend, button, span'))
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== 'inline')
      .filter((e) => e.scrollWidth > e.clientWidth + 0.5)
      .map((e) => `"${e.textContent}" ${e.scrollWidth}/${e.clientWidth}`)
  )
}

/** Boxes (in page pixels) of the shown timeline items that leave the timeline's box. */
async function timelineItemsOutside(page: Page): Promise<{ shown: number; outside: string[] }> {
  return page.locator('.ev-vis').evaluate((vis) => {
    const pane = vis.getBoundingClientRect()
    const items = Array.from(vis.querySelectorAll<HTMLElement>('.vis-item'))
      .filter((i) => i.getClientRects().length > 0 && getComputedStyle(i).visibility !== 'hidden')
      // A point's dot counts with its point; the dots of points vis-timeline has put into a
      // cluster stay behind, empty-boxed, where the point was last drawn.
      .filter(
        (i) =>
          !i.classList.contains('vis-dot') || i.parentElement!.getBoundingClientRect().width > 0
      )
      .map((i) => ({ cls: i.className, text: i.textContent ?? '', box: i.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0)
    return {
      shown: items.length,
      outside: items
        .filter(
          ({ box }) =>
            box.left < pane.left - 0.5 ||
            box.right > pane.right + 0.5 ||
            box.top < pane.top - 0.5 ||
            box.bottom > pane.bottom + 0.5
        )
        .map(
          ({ cls, text, box }) =>
            `${cls} ${text} [${Math.round(box.left)}–${Math.round(box.right)}] in [${Math.round(pane.left)}–${Math.round(pane.right)}]`
        )
    }
  })
}

/**
 * What the actor chart drew: whether anything is drawn, and how many pixels are drawn in a band
 * 3 px wide along the canvas's edges (a node or label cut by the pane's edge is drawn there).
 */
async function chartInk(page: Page): Promise<{ inked: boolean; atEdge: number }> {
  return page.locator('.ac-canvas').evaluate((el) => {
    let inked = false
    let atEdge = 0
    for (const canvas of Array.from(el.querySelectorAll('canvas'))) {
      const ctx = canvas.getContext('2d')
      if (!ctx || canvas.width === 0 || canvas.height === 0) continue
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      const band = Math.ceil(3 * (canvas.width / canvas.clientWidth))
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          if (data[(y * width + x) * 4 + 3] === 0) continue
          inked = true
          if (x < band || y < band || x >= width - band || y >= height - band) atEdge++
        }
    }
    return { inked, atEdge }
  })
}

const inside = (
  inner: { x: number; y: number; width: number; height: number } | null,
  outer: { x: number; y: number; width: number; height: number } | null
): boolean =>
  !!inner &&
  !!outer &&
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5

for (const size of SIZES) {
  test(`tables, forms, charts, dialogs and the selection toolbar fit ${size.width}×${size.height}`, async ({
    workbench: { page }
  }) => {
    test.setTimeout(150_000)
    await page.setViewportSize(size)
    await loadRoundup(page)

    // The events table: every cell whole, the check badges shown.
    const table = page.getByRole('table', { name: 'Events' })
    const rows = table.locator('[role="row"][data-event-id]')
    await expect(rows.nth(10)).toBeVisible()
    const badges = table.locator('.warn-badge')
    await expect(badges.first()).toBeVisible()
    // Every badge in the rows on screen is whole, inside the table's width.
    const offBadges = await table.evaluate((el) => {
      const body = el.querySelector('.grid-body')!.getBoundingClientRect()
      const badges = Array.from(el.querySelectorAll('.warn-badge')).map((b) =>
        b.getBoundingClientRect()
      )
      const inView = badges.filter((b) => b.top >= body.top && b.bottom <= body.bottom)
      return {
        inView: inView.length,
        cut: inView.filter((b) => b.width === 0 || b.left < body.left || b.right > body.right)
          .length
      }
    })
    expect(offBadges.inView).toBeGreaterThan(0)
    expect(offBadges.cut).toBe(0)
    expect(await clippedCells(table)).toEqual([])
    expect(await overlappingRows(table)).toBe(0)
    await page.screenshot({ path: `test-results/screens/fits-table-${size.width}.png` })

    // The event form: every select shows its longest option whole, no label cut.
    await rows.first().dblclick()
    const form = page.getByRole('dialog', { name: /event/i })
    await expect(form).toBeVisible()
    expect(await cutSelects(form)).toEqual([])
    expect(await cutLabels(form)).toEqual([])
    await page.screenshot({ path: `test-results/screens/fits-form-${size.width}.png` })
    await page.keyboard.press('Escape')
    await expect(form).toBeHidden()

    // The timeline: every item inside the pane at first show and after Fit all.
    await page.getByRole('tab', { name: 'Timeline' }).click()
    await expect(page.locator('.ev-vis .vis-item:visible').first()).toBeVisible()
    await expect.poll(() => timelineItemsOutside(page)).toMatchObject({ outside: [] })
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(() => timelineItemsOutside(page)).toMatchObject({ outside: [] })
    expect((await timelineItemsOutside(page)).shown).toBeGreaterThan(0)
    // Labels and cluster boxes show their text, not markup.
    await expect(page.locator('.ev-vis .vis-item').filter({ hasText: '<' })).toHaveCount(0)
    await page.screenshot({ path: `test-results/screens/fits-timeline-${size.width}.png` })

    // The actor chart: nothing drawn at the pane's edge, at first show and after Fit all.
    await page.getByRole('tab', { name: 'Actors chart' }).click()
    await expect(page.locator('.ac-canvas-wrap[data-layout]')).toBeVisible()
    await page.screenshot({ path: `test-results/screens/fits-chart-first-${size.width}.png` })
    await expect.poll(() => chartInk(page)).toEqual({ inked: true, atEdge: 0 })
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(() => chartInk(page)).toEqual({ inked: true, atEdge: 0 })
    await page.screenshot({ path: `test-results/screens/fits-chart-${size.width}.png` })
    await page.getByRole('tab', { name: 'Table' }).click()

    // The selection toolbar: inside the reader pane, clear of the selection and the line above.
    await dragSelect(page, PASSAGE)
    const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' })
    const geometry = await page.evaluate(() => {
      const range = window.getSelection()!.getRangeAt(0)
      const block = range.startContainer.parentElement!
      const lineHeight = parseFloat(getComputedStyle(block).lineHeight)
      const pane = block.closest('.pane-content')!.getBoundingClientRect()
      const bar = document.querySelector('.selection-toolbar')!.getBoundingClientRect()
      const rects = Array.from(range.getClientRects()).map((r) => ({
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right
      }))
      const side = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })
      return { lineHeight, pane: side(pane), bar: side(bar), rects }
    })
    const { pane, bar, rects, lineHeight } = geometry
    expect(bar.left).toBeGreaterThanOrEqual(pane.left)
    expect(bar.right).toBeLessThanOrEqual(pane.right)
    expect(bar.top).toBeGreaterThanOrEqual(pane.top)
    expect(bar.bottom).toBeLessThanOrEqual(pane.bottom)
    const top = Math.min(...rects.map((r) => r.top))
    // The selected text and the whole line above it stay uncovered.
    const covered = [
      ...rects,
      { top: top - lineHeight, bottom: top, left: pane.left, right: pane.right }
    ]
    for (const r of covered) {
      const overlaps =
        bar.left < r.right && r.left < bar.right && bar.top < r.bottom && r.top < bar.bottom
      expect(overlaps, `toolbar ${JSON.stringify(bar)} over ${JSON.stringify(r)}`).toBe(false)
    }
    await expect(toolbar).toBeVisible()
    await page.screenshot({ path: `test-results/screens/fits-toolbar-${size.width}.png` })
    await page.keyboard.press('Escape')
    await page.evaluate(() => window.getSelection()?.removeAllRanges())
    await expect(toolbar).toBeHidden()

    // The shortcuts dialog: inside the window, title and Close in view when scrolled to its end.
    await page.getByRole('button', { name: 'Shortcuts' }).click()
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(shortcuts).toBeVisible()
    const screenBox = { x: 0, y: 0, ...size }
    expect(inside(await shortcuts.boundingBox(), screenBox)).toBe(true)
    await shortcuts.evaluate((d) => d.scrollTo(0, d.scrollHeight))
    await expect
      .poll(async () =>
        inside(await shortcuts.getByRole('heading').boundingBox(), await shortcuts.boundingBox())
      )
      .toBe(true)
    expect(
      inside(
        await shortcuts.getByRole('button', { name: 'Close' }).boundingBox(),
        await shortcuts.boundingBox()
      )
    ).toBe(true)
    await page.screenshot({ path: `test-results/screens/fits-shortcuts-${size.width}.png` })
    await page.keyboard.press('Escape')
    await expect(shortcuts).toBeHidden()

    // The export dialog: the note picker sits with "This note", above "This article".
    await startNote(page, 'Blank note')
    await page.keyboard.type('Roundup brief')
    await page.getByRole('button', { name: 'Export…' }).click()
    const exporter = page.getByRole('dialog', { name: 'Export' })
    await exporter.getByRole('radio', { name: 'This note' }).check()
    const picker = exporter.getByRole('combobox', { name: 'Note to export' })
    await expect(picker).toBeVisible()
    const noteBox = (await exporter.getByText('This note', { exact: true }).boundingBox())!
    const articleBox = (await exporter.getByText(/^This article/).boundingBox())!
    const pickerBox = (await picker.boundingBox())!
    expect(pickerBox.y).toBeGreaterThan(noteBox.y + noteBox.height - 0.5)
    expect(pickerBox.y + pickerBox.height).toBeLessThan(articleBox.y + 0.5)
    expect(inside(await exporter.boundingBox(), screenBox)).toBe(true)
    await page.screenshot({ path: `test-results/screens/fits-export-${size.width}.png` })
    await page.keyboard.press('Escape')
  })
}
