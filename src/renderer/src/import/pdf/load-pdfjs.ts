/// <reference types="vite/client" />
// pdf.js is loaded only when a PDF is imported or shown (about 1.8 MB with its worker). The worker
// is a file of the app's own build (Vite's `?url`), never a CDN: nothing is fetched from the net.
// pdf.js 6 has no eval code path any more (the font compiler behind CVE-2024-4367 was removed after
// 4.2.67 made it optional), so there is no `isEvalSupported` to turn off; pdfjs-worker.test.ts
// checks the shipped worker holds no `new Function(` or `eval(`.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api'

export type Pdfjs = typeof import('pdfjs-dist')

let loading: Promise<Pdfjs> | null = null

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
    return pdfjs
  })
  return loading
}

/** The app's own copies of pdf.js's data files (scripts/renderer-vendor-files.ts), under `base`. */
export function pdfDataUrls(
  base: string
): Pick<DocumentInitParameters, 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl' | 'iccUrl'> {
  const at = (path: string) => new URL(`vendor/pdfjs/${path}/`, base).href
  return {
    cMapUrl: at('cmaps'),
    standardFontDataUrl: at('standard_fonts'),
    wasmUrl: at('wasm'),
    iccUrl: at('iccs')
  }
}

/**
 * How every PDF is opened: from bytes, with no XFA forms and no system fonts. Character maps
 * (CJK text), the standard fonts a PDF may name without embedding, and the JPEG 2000 / JBIG2
 * decoders scans use are the app's own files, fetched by pdf.js's worker from the app's origin
 * (`base`: the page's address, or the one a worker is handed); nothing comes from the net.
 */
export function documentOptions(
  bytes: Uint8Array,
  base: string = document.baseURI
): DocumentInitParameters {
  return {
    // pdf.js transfers the buffer to its worker: give it a copy so the caller keeps the bytes.
    data: bytes.slice(),
    ...pdfDataUrls(base),
    cMapPacked: true,
    useWorkerFetch: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0
  }
}
