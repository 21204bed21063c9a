import type { BrowserContext } from '@playwright/test'
import type { FakeFile } from './files'

// Reports printed to PDF by Chromium at test time from known text, so the imported text can be
// compared with what went in. Nothing is committed: the PDFs are made where they are used.

const SUBJECTS = [
  'the northern districts',
  'the coastal highway',
  'the provincial capital',
  'the border crossing',
  'the river port',
  'the mining town',
  'the eastern suburbs'
]
const EVENTS = [
  'heavy shelling was reported overnight',
  'security forces dispersed a demonstration',
  'an explosive device damaged a checkpoint',
  'armed men attacked a convoy of trucks',
  'residents said negotiations had stalled',
  'the local council suspended its sessions'
]
const DETAILS = [
  'according to officials who spoke on condition of anonymity',
  'although the figures could not be independently verified',
  'while humanitarian organisations called for restraint',
  'after several days of rising tension in the area',
  'as international observers prepared an assessment'
]
// Long words carry soft hyphens, so Chromium may break them at a line end with a hyphen that the
// importer has to remove again.
const LONG_WORDS = [
  'counter\u00adinsurgency',
  'reconstruc\u00adtion',
  'intergovern\u00admental',
  'responsi\u00adbilities'
]

/** A deterministic paragraph of about 60 words, different for every index. */
export function reportParagraph(i: number): string {
  const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T
  const sentences: string[] = []
  for (let s = 0; s < 4; s++) {
    const k = i * 4 + s
    const subject = pick(SUBJECTS, k * 3 + 1)
    const event = pick(EVENTS, k * 5 + 2)
    const detail = pick(DETAILS, k * 7 + 3)
    const word = pick(LONG_WORDS, k)
    const text = `In ${subject}, ${event} on day ${k + 1}, ${detail}, and the ${word} effort involved ${((k * 37) % 90) + 10} people.`
    sentences.push(text.charAt(0).toUpperCase() + text.slice(1))
  }
  return sentences.join(' ')
}

export interface PdfReport {
  file: FakeFile
  title: string
  header: string
  /** The article as the reader should show it: headings and paragraphs, soft hyphens removed. */
  blocks: string[]
}

export interface ReportOptions {
  name: string
  title: string
  columns: 1 | 2
  paragraphs: number
  /** A subheading after every this many paragraphs (0: none). */
  headingEvery?: number
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Prints a report with a running header and "Page N of M" footers; returns it and its text. */
export async function printReport(
  context: BrowserContext,
  options: ReportOptions
): Promise<PdfReport> {
  const header = `${options.title} — Regional Monitoring Unit — Restricted`
  const blocks: string[] = []
  const html: string[] = []
  for (let i = 0; i < options.paragraphs; i++) {
    if (options.headingEvery && i > 0 && i % options.headingEvery === 0) {
      const heading = `Section ${i / options.headingEvery + 1}: developments in the region`
      blocks.push(heading)
      html.push(`<h2>${escapeHtml(heading)}</h2>`)
    }
    const paragraph = reportParagraph(i)
    blocks.push(paragraph.replace(/\u00ad/g, ''))
    html.push(`<p>${escapeHtml(paragraph)}</p>`)
  }
  const page = await context.newPage()
  try {
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
      <style>
        body { font: 11pt/1.45 "DejaVu Serif", serif; margin: 0; }
        h1 { font: bold 22pt/1.2 "DejaVu Sans", sans-serif; margin: 0 0 18pt; column-span: all; }
        h2 { font: bold 14pt/1.2 "DejaVu Sans", sans-serif; margin: 12pt 0 6pt; }
        p { margin: 0 0 8pt; text-align: justify; }
        .body { columns: ${options.columns}; column-gap: 28pt; }
      </style></head>
      <body><h1>${escapeHtml(options.title)}</h1><div class="body">${html.join('\n')}</div></body></html>`
    )
    const buffer = await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: `<div style="font: 8pt sans-serif; width: 100%; text-align: center;">${escapeHtml(header)}</div>`,
      footerTemplate:
        '<div style="font: 8pt sans-serif; width: 100%; text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '70px', bottom: '70px', left: '60px', right: '60px' }
    })
    return {
      file: { name: options.name, mimeType: 'application/pdf', buffer },
      title: options.title,
      header,
      blocks
    }
  } finally {
    await page.close()
  }
}

/** 1 − edit distance / length of the longer text: 1 for equal texts. */
export function characterSimilarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length * b.length > 4e8) throw new Error('texts too long for a full edit distance')
  let previous = new Int32Array(b.length + 1)
  let current = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      )
    }
    ;[previous, current] = [current, previous]
  }
  return 1 - (previous[b.length] ?? 0) / Math.max(a.length, b.length)
}
