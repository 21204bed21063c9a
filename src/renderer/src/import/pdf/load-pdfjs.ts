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

/**
 * How every PDF is opened: from bytes only, with nothing fetched (no character maps, standard
 * fonts or WebAssembly decoders from a URL), no XFA forms, and no system fonts.
 */
export function documentOptions(bytes: Uint8Array): DocumentInitParameters {
  return {
    // pdf.js transfers the buffer to its worker: give it a copy so the caller keeps the bytes.
    data: bytes.slice(),
    useWorkerFetch: false,
    useWasm: false,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0
  }
}
