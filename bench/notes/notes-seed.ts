// The briefing-note bench's data and page steps, shared by notes-bench.ts (the measure) and
// notes-profile.ts (a CPU profile of the same typing): seeded notes, raw IndexedDB puts, opening.
import type { Locator, Page } from '@playwright/test'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { NoteRecord } from '@shared/model/note'
import { CURRENT_NOTE_SCHEMA_VERSION } from '@core/notes/note-document'

export const PARAGRAPHS = 5_000
export const QUOTES = 500
export const EVENT_CARDS = 20
export const END_MARK = 'END-OF-BENCH-NOTE'
export const TITLES = { baseline: 'Bench note plain', ours: 'Bench note with evidence' } as const
export type Name = keyof typeof TITLES

// ---------------------------------------------------------------------------------------------
// Seed

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const VOCAB = (
  'the minister said forces border talks report source claimed officials convoy ' +
  'village ceasefire agency statement confirmed denied sanctions port shipment ' +
  'analysts warned election council militia drone strike embassy refugees aid ' +
  'negotiators capital province witnesses spokesman according reuters local'
).split(' ')

export function buildSeed(): { notes: NoteRecord[]; annotations: AnnotationRecord[] } {
  const r = rng(20_250_314)
  const words = (n: number): string =>
    Array.from({ length: n }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ')
  const at = '2025-03-14T09:00:00.000Z'
  const articleId = 'bench-notes-article'
  const annotations: AnnotationRecord[] = []
  const ours: unknown[] = []
  const plain: unknown[] = []
  const text = (t: string): { type: 'text'; text: string } => ({ type: 'text', text: t })
  for (let i = 0; i < PARAGRAPHS; i++) {
    const before = `${i + 1}. ${words(10 + Math.floor(r() * 10))} `
    const after = ` ${words(10 + Math.floor(r() * 10))}.${i === PARAGRAPHS - 1 ? ` ${END_MARK}` : ''}`
    if (i % (PARAGRAPHS / QUOTES) === 0) {
      const quote = words(6 + Math.floor(r() * 7))
      const id = `bench-annotation-${String(annotations.length).padStart(4, '0')}`
      const pos = { start: i * 100, end: i * 100 + quote.length }
      annotations.push({
        id,
        articleId,
        createdAt: at,
        updatedAt: at,
        creator: 'local user',
        motivation: 'assessing',
        colour: 0,
        commentHtml: '',
        commentText: '',
        tags: [],
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', ...pos },
          textHash: 'bench'
        },
        anchor: { ...pos, status: 'exact', score: 1, textHash: 'bench' },
        grade: { reliability: 'B', credibility: 2 }
      })
      ours.push({
        type: 'paragraph',
        content: [
          text(before),
          { type: 'citedQuote', attrs: { annotationId: id, quote, grade: 'B2', status: 'exact' } },
          text(after)
        ]
      })
      plain.push({ type: 'paragraph', content: [text(`${before}“${quote}”${after}`)] })
    } else {
      const t = before + words(5) + after
      ours.push({ type: 'paragraph', content: [text(t)] })
      plain.push({ type: 'paragraph', content: [text(t)] })
    }
    if (i % (PARAGRAPHS / EVENT_CARDS) === 125)
      ours.push({ type: 'eventCard', attrs: { eventId: `bench-event-${i}` } })
  }
  const note = (id: string, title: string, content: unknown[]): NoteRecord => ({
    id,
    articleId: null,
    title,
    schemaVersion: CURRENT_NOTE_SCHEMA_VERSION,
    doc: { type: 'doc', content },
    createdAt: at,
    updatedAt: at
  })
  return {
    notes: [
      note('bench-note-ours', TITLES.ours, ours),
      note('bench-note-plain', TITLES.baseline, plain)
    ],
    annotations
  }
}

export async function put(page: Page, puts: { store: string; value: unknown }[]): Promise<void> {
  await page.evaluate(async (p) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('analyst-workbench')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    try {
      const tx = db.transaction([...new Set(p.map((x) => x.store))], 'readwrite')
      for (const x of p) tx.objectStore(x.store).put(x.value)
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error)
      })
    } finally {
      db.close()
    }
  }, puts)
}

// ---------------------------------------------------------------------------------------------
// Measurements

export const editorSel = (name: Name): string =>
  `[role="textbox"][aria-label="Note: ${TITLES[name]}"]`

/**
 * The n-th top-level paragraph of an editor: its own, or (a long note shown in chunks, see
 * NoteChunk) one of its chunks'.
 */
export const topLevelParagraph = (page: Page, editorSelector: string, n: number): Locator =>
  page.locator(`${editorSelector} > p, ${editorSelector} > .note-chunk > p`).nth(n)

/** Reloads, opens the Notes tab and times opening the note (ms, in page). */
export async function openNote(page: Page, url: string, name: Name): Promise<number> {
  await showNotesList(page, url, name)
  return timeOpening(page, name)
}

/** Reloads and shows the Notes tab with the note's button. */
export async function showNotesList(page: Page, url: string, name: Name): Promise<void> {
  await page.goto(url)
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.locator('button.note-open', { hasText: TITLES[name] }).waitFor({ timeout: 30_000 })
}

/** With the notes list shown, clicks the note in page and times it until opened (ms). */
export async function timeOpening(page: Page, name: Name): Promise<number> {
  return page.evaluate(
    async ({ title, sel, mark }) => {
      const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r))
      const button = [...document.querySelectorAll<HTMLButtonElement>('button.note-open')].find(
        (b) => b.querySelector('.note-title')?.textContent === title
      )
      if (!button) throw new Error(`no button for ${title}`)
      const t0 = performance.now()
      button.click()
      const deadline = t0 + 60_000
      for (;;) {
        await frame()
        // The note's last block, or (a long note shown in chunks) its last chunk's.
        let last = document.querySelector(sel)?.lastElementChild
        if (last?.classList.contains('note-chunk')) last = last.lastElementChild
        if (last?.tagName === 'P' && last.textContent?.includes(mark)) break
        if (performance.now() > deadline) throw new Error('the note did not open in 60 s')
      }
      await frame()
      await frame()
      return performance.now() - t0
    },
    { title: TITLES[name], sel: editorSel(name), mark: END_MARK }
  )
}
