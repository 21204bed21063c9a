// The kill-and-count harness (issue 16, "Every keystroke durable"): a note (or a comment) is typed in, the
// browser is closed or killed 0–200 ms after the last key, the same profile is opened again and
// the characters that came back are counted. Ten runs per case, a short note and a
// 5,000-paragraph one; any character lost (or any text that came back changed) fails the test.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CURRENT_NOTE_SCHEMA_VERSION } from '@core/notes/note-document'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { chromiumPath } from '../support/workbench'
import { framePainted } from '../support/frames'
import { card, dragSelect } from '../support/reader'
import { storedRecords } from '../support/stored-records'

const RUNS = 10
/** Typed in each run: distinct characters, so what came back shows which keys were kept. */
const TYPED = 'ABCDEFGHIJKLMNOP'
/** Between keys, as a fast typist: the autosave sees a burst, not one key. */
const KEY_DELAY_MS = 25
/** Run i ends the browser this long after its last key: 0 to 200 ms, evenly. */
const endAfter = (run: number): number => Math.round((run * 200) / (RUNS - 1))

type Ending = 'kill' | 'close'
interface Case {
  name: string
  paragraphs: number
  ending: Ending
}
const CASES: Case[] = [
  { name: 'short note', paragraphs: 3, ending: 'close' },
  { name: 'short note', paragraphs: 3, ending: 'kill' },
  { name: '5,000-paragraph note', paragraphs: 5_000, ending: 'close' },
  { name: '5,000-paragraph note', paragraphs: 5_000, ending: 'kill' }
]

const NOTE_ID = 'durability-note'
const NOTE_TITLE = 'Durability note'

/** The note: `paragraphs` of filler, then one empty line per run ("Run 3:") to type at. */
function noteRecord(paragraphs: number): unknown {
  const para = (text: string): unknown => ({ type: 'paragraph', content: [{ type: 'text', text }] })
  const content = [
    ...Array.from({ length: paragraphs }, (_, i) =>
      para(`${i + 1}. The convoy reached the border crossing before the ceasefire took hold.`)
    ),
    ...Array.from({ length: RUNS }, (_, i) => para(`Run ${i}:`))
  ]
  const at = '2026-12-07T08:00:00.000Z'
  return {
    id: NOTE_ID,
    articleId: null,
    title: NOTE_TITLE,
    schemaVersion: CURRENT_NOTE_SCHEMA_VERSION,
    doc: { type: 'doc', content },
    createdAt: at,
    updatedAt: at
  }
}

interface Session {
  context: BrowserContext
  page: Page
}

async function launch(profileDir: string, baseURL: string): Promise<Session> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: QUIET_CHROMIUM_FLAGS,
    baseURL,
    viewport: { width: 1440, height: 900 }
  })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return { context, page }
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: `Note: ${NOTE_TITLE}` })
const runLine = (page: Page, run: number) =>
  editorOf(page)
    .locator('p')
    .filter({ hasText: new RegExp(`^Run ${run}:`) })

/** Opens the workbench on the profile and the note in it, ready to type. */
async function openNote(profileDir: string, baseURL: string): Promise<Session> {
  const session = await launch(profileDir, baseURL)
  await openNoteIn(session.page)
  return session
}

async function openNoteIn(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.locator('button.note-open', { hasText: NOTE_TITLE }).click()
  await expect(runLine(page, RUNS - 1)).toHaveCount(1, { timeout: 30_000 })
}

/** The browser's own process (the one without --type=), found by the profile it was given. */
function browserPid(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let args: string[]
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
    } catch {
      continue
    }
    if (
      args.includes(`--user-data-dir=${profileDir}`) &&
      !args.some((a) => a.startsWith('--type='))
    )
      return Number(entry)
  }
  throw new Error(`no browser process found for the profile ${profileDir}`)
}

/**
 * Ends the browser as the case says. `kill` sends SIGKILL to the browser's whole process group
 * (Playwright starts it as a group leader), so the page, the storage service and the browser die
 * at once and nothing gets to run; `close` is Playwright's ordinary close of the window.
 */
async function endBrowser(session: Session, pid: number, ending: Ending): Promise<void> {
  if (ending === 'close') {
    await session.context.close()
    return
  }
  const closed = new Promise<void>((resolve) => session.context.once('close', () => resolve()))
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    process.kill(pid, 'SIGKILL')
  }
  await closed
}

/** How many of TYPED came back after `Run n:`; throws when what came back is not a prefix of it. */
function keptOf(line: string, run: number): number {
  const typed = line.slice(`Run ${run}:`.length)
  if (!TYPED.startsWith(typed))
    throw new Error(`run ${run} came back changed: "${line}" (typed "${TYPED}")`)
  return typed.length
}

/**
 * Waits for the frame after the last key, then `ms` more. The promise is that a key is stored
 * before the frame after it, so the delay counts from that frame (a kill in the very task of the
 * key can find its write not yet committed). `ms` is the variable under test, not a wait for a
 * condition: how long after that frame the browser ends.
 */
async function afterTheKeysFrame(page: Page, ms: number): Promise<void> {
  await framePainted(page)
  await new Promise((resolve) => setTimeout(resolve, ms))
}

test.describe('every keystroke survives the browser ending', () => {
  // Each case launches the browser eleven times and the long note takes seconds to open: about
  // a minute a case on a quiet machine, over two and a half on the shared one under load.
  test.describe.configure({ timeout: 360_000 })

  for (const c of CASES) {
    test(`${c.name}, ${c.ending} 0–200 ms after the last key: nothing lost`, async ({
      baseURL
    }) => {
      const profileDir = mkdtempSync(join(tmpdir(), 'workbench-durability-'))
      let session: Session | null = null
      try {
        // Seed the note straight into IndexedDB (typing 5,000 paragraphs would take minutes).
        session = await launch(profileDir, baseURL!)
        const { page: first } = session
        await session.page.evaluate(async (note) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open('analyst-workbench')
            req.onsuccess = () => resolve(req.result)
            req.onerror = () => reject(req.error)
          })
          const tx = db.transaction('notes', 'readwrite')
          tx.objectStore('notes').put(note)
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve
            tx.onerror = () => reject(tx.error)
          })
          db.close()
        }, noteRecord(c.paragraphs))
        await first.reload()
        await openNoteIn(first)

        const lost: number[] = []
        // Runs whose keys came back through the journal (the workbench says it put them back).
        let putBack = 0
        for (let run = 0; run < RUNS; run++) {
          const { page } = session
          // Found before typing, so that the kill follows the last key by the delay alone.
          const pid = browserPid(profileDir)
          const line = runLine(page, run)
          const box = (await line.boundingBox())!
          // At the line's end (its bottom right corner), so the keys go after "Run n:".
          await line.click({ position: { x: box.width - 2, y: box.height - 2 } })
          await expect(editorOf(page)).toBeFocused()
          await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS })
          await afterTheKeysFrame(page, endAfter(run))
          await endBrowser(session, pid, c.ending)
          session = null
          session = await openNote(profileDir, baseURL!)
          if (await session.page.getByText(/when the workbench last closed/).count()) putBack++
          const back = (await runLine(session.page, run).textContent()) ?? ''
          lost.push(TYPED.length - keptOf(back, run))
        }

        const total = lost.reduce((a, b) => a + b, 0)
        const runsWithLoss = lost.filter((n) => n > 0).length
        const figure = `${c.name}, ${c.ending}: ${total} of ${RUNS * TYPED.length} characters lost, in ${runsWithLoss} of ${RUNS} runs (per run: ${lost.join(' ')}); put back from the journal in ${putBack} runs`
        console.log(figure)
        test.info().annotations.push({ type: 'durability', description: figure })
        expect(lost, figure).toEqual(Array.from({ length: RUNS }, () => 0))
      } finally {
        await session?.context.close().catch(() => undefined)
        rmSync(profileDir, { recursive: true, force: true })
      }
    })
  }
})

// The same harness for a comment (the annotation card's comment editor): each run opens the
// comment, types TYPED at its end, and the browser ends 0–200 ms after the last key.
const COMMENT_QUOTE = 'The strikes killed several militia members'

test.describe('every comment keystroke survives the browser ending', () => {
  test.describe.configure({ timeout: 360_000 })

  for (const ending of ['close', 'kill'] as const) {
    test(`comment, ${ending} 0–200 ms after the last key: nothing lost`, async ({ baseURL }) => {
      const profileDir = mkdtempSync(join(tmpdir(), 'workbench-comment-durability-'))
      let session: Session | null = null
      const storedComment = async (page: Page): Promise<string> =>
        (
          await storedRecords<{ selectors: { quote: { exact: string } }; commentText: string }>(
            page,
            'annotations'
          )
        ).find((a) => a.selectors.quote.exact === COMMENT_QUOTE)?.commentText ?? ''
      try {
        session = await launch(profileDir, baseURL!)
        await dragSelect(session.page, COMMENT_QUOTE)
        await session.page.getByRole('button', { name: 'Highlight as Claim' }).click()
        await expect(card(session.page, COMMENT_QUOTE)).toBeVisible()

        const lost: number[] = []
        for (let run = 0; run < RUNS; run++) {
          const { page } = session
          const before = await storedComment(page)
          const pid = browserPid(profileDir)
          const theCard = card(page, COMMENT_QUOTE)
          await theCard.getByRole('button', { name: /^(Edit comment|Comment)$/ }).click()
          const editor = theCard.getByRole('textbox', { name: 'Comment' })
          await expect(editor).toBeFocused()
          // The editor opens with the stored comment, its caret at the end.
          await expect(editor).toHaveText(before)
          await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS })
          await afterTheKeysFrame(page, endAfter(run))
          await endBrowser(session, pid, ending)
          session = null
          session = await launch(profileDir, baseURL!)
          await expect(card(session.page, COMMENT_QUOTE)).toBeVisible()
          const after = await storedComment(session.page)
          if (!after.startsWith(before) || !TYPED.startsWith(after.slice(before.length)))
            throw new Error(`run ${run} came back changed: "${after}" (was "${before}")`)
          lost.push(TYPED.length - (after.length - before.length))
        }

        const total = lost.reduce((a, b) => a + b, 0)
        const figure = `comment, ${ending}: ${total} of ${RUNS * TYPED.length} characters lost, in ${lost.filter((n) => n > 0).length} of ${RUNS} runs (per run: ${lost.join(' ')})`
        console.log(figure)
        test.info().annotations.push({ type: 'durability', description: figure })
        expect(lost, figure).toEqual(Array.from({ length: RUNS }, () => 0))
      } finally {
        await session?.context.close().catch(() => undefined)
        rmSync(profileDir, { recursive: true, force: true })
      }
    })
  }
})
