// Files the renderer fetches from its own origin at run time, copied out of node_modules into the
// build (out/renderer/vendor/…) and served from there by the dev server: pdf.js's character maps,
// standard fonts and image decoders, and tesseract.js's worker, engine and English data. Nothing
// is fetched from a CDN; these are the app's own files, so the packaged app carries them.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize, relative } from 'node:path'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`))

/** Where each shipped file or folder comes from, by its path under `vendor/` in the build. */
export function vendorSources(): Record<string, string> {
  const pdfjs = packageDir('pdfjs-dist')
  const tesseract = packageDir('tesseract.js')
  const core = packageDir('tesseract.js-core')
  const eng = packageDir('@tesseract.js-data/eng')
  return {
    // Predefined CJK character maps (packed), and the 14 standard fonts for PDFs that name
    // Helvetica or Times without embedding them: without these their text comes out wrong.
    'pdfjs/cmaps': join(pdfjs, 'cmaps'),
    'pdfjs/standard_fonts': join(pdfjs, 'standard_fonts'),
    // JPEG 2000 and JBIG2 decoders (scans use both) and colour-profile handling. pdf.js's
    // QuickJS (form scripts) is left out: the workbench never runs a PDF's scripts.
    'pdfjs/wasm/openjpeg.wasm': join(pdfjs, 'wasm', 'openjpeg.wasm'),
    'pdfjs/wasm/openjpeg_nowasm_fallback.js': join(pdfjs, 'wasm', 'openjpeg_nowasm_fallback.js'),
    'pdfjs/wasm/jbig2.wasm': join(pdfjs, 'wasm', 'jbig2.wasm'),
    'pdfjs/wasm/jbig2_nowasm_fallback.js': join(pdfjs, 'wasm', 'jbig2_nowasm_fallback.js'),
    'pdfjs/wasm/qcms_bg.wasm': join(pdfjs, 'wasm', 'qcms_bg.wasm'),
    'pdfjs/iccs': join(pdfjs, 'iccs'),
    'tesseract/worker.min.js': join(tesseract, 'dist', 'worker.min.js'),
    // One engine build (LSTM only, SIMD: every Chromium the app runs in has it), the WebAssembly
    // inside the script, about 3.8 MB.
    'tesseract/tesseract-core-simd-lstm.wasm.js': join(core, 'tesseract-core-simd-lstm.wasm.js'),
    // English, the "best_int" LSTM model (2.9 MB gzipped), the one tesseract.js picks by default.
    'tesseract/eng.traineddata.gz': join(eng, '4.0.0_best_int', 'eng.traineddata.gz')
  }
}

/** The file a dev-server request for `vendor/<rest>` is answered with, or null. */
export function vendorFileFor(rest: string, sources = vendorSources()): string | null {
  const wanted = normalize(rest).replace(/\\/g, '/')
  for (const [target, source] of Object.entries(sources)) {
    if (wanted === target) return source
    if (wanted.startsWith(`${target}/`)) {
      const file = join(source, relative(target, wanted))
      // No way out of the source folder.
      if (!file.startsWith(source)) return null
      return file
    }
  }
  return null
}

export function rendererVendorFiles(): Plugin {
  let outDir = ''
  return {
    name: 'workbench-vendor-files',
    configResolved(config) {
      outDir = config.build.outDir
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/vendor\/([^?#]+)/.exec(req.url ?? '')
        const file = match?.[1] ? vendorFileFor(decodeURIComponent(match[1])) : null
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next()
        createReadStream(file).pipe(res)
      })
    },
    closeBundle() {
      for (const [target, source] of Object.entries(vendorSources()))
        cpSync(source, join(outDir, 'vendor', target), { recursive: true })
    }
  }
}
