import type { BrowserContext } from '@playwright/test'
import type { FakeFile } from './files'

// A "scanned" PDF made at test time from known text: the text is drawn by Chromium, photographed
// (a screenshot, so only pixels remain), and that picture printed to PDF as the only thing on its
// page: the PDF has no text layer there, as a scanner's output has none. Pages of ordinary text
// can come first, to make a mixed PDF.

export interface ScannedPdf {
  file: FakeFile
  /** The text on the scanned page: its heading, then its paragraphs. */
  scanned: string[]
  /** The text on the text pages before it, paragraph by paragraph. */
  typed: string[]
}

export interface ScannedPdfOptions {
  name: string
  heading: string
  paragraphs: string[]
  /** Paragraphs printed as real text on the page(s) before the scanned page. */
  typedParagraphs?: string[]
  /** The body type's size in the photograph, in pixels (34: about 11 pt at 215 dpi on the page). */
  typeSize?: number
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The known text drawn large and clear (a clean 300 dpi scan of 12 pt type looks like this). */
export async function photographText(
  context: BrowserContext,
  heading: string,
  paragraphs: readonly string[],
  typeSize = 34
): Promise<Buffer> {
  const page = await context.newPage()
  try {
    await page.setViewportSize({ width: 1600, height: 1200 })
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
        body { margin: 0; background: #fff; color: #000; }
        main { width: 1440px; padding: 80px; font: ${typeSize}px/1.5 "DejaVu Serif", serif; }
        h1 { font: bold ${Math.round(typeSize * 1.5)}px/1.25 "DejaVu Sans", sans-serif; margin: 0 0 ${typeSize}px; }
        p { margin: 0 0 ${typeSize}px; }
      </style></head><body><main><h1>${escapeHtml(heading)}</h1>${paragraphs
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('')}</main></body></html>`
    )
    return await page.locator('main').screenshot({ type: 'png' })
  } finally {
    await page.close()
  }
}

export async function printScannedPdf(
  context: BrowserContext,
  options: ScannedPdfOptions
): Promise<ScannedPdf> {
  const picture = await photographText(
    context,
    options.heading,
    options.paragraphs,
    options.typeSize
  )
  const typed = options.typedParagraphs ?? []
  const page = await context.newPage()
  try {
    await page.setContent(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title></title><style>
        body { margin: 0; font: 12pt/1.45 "DejaVu Serif", serif; }
        p { margin: 0 0 8pt; text-align: justify; }
        .scan { break-before: ${typed.length > 0 ? 'page' : 'auto'}; }
        .scan img { width: 100%; display: block; }
      </style></head><body>${typed.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}
      <div class="scan"><img alt="" src="data:image/png;base64,${picture.toString('base64')}"></div>
      </body></html>`
    )
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    const buffer = await page.pdf({
      format: 'A4',
      margin: { top: '40px', bottom: '40px', left: '40px', right: '40px' }
    })
    return {
      file: { name: options.name, mimeType: 'application/pdf', buffer },
      scanned: [options.heading, ...options.paragraphs],
      typed
    }
  } finally {
    await page.close()
  }
}
