// Builds the events bench harness (bench/events/harness/) with Vite's JS API into `outDir`, with
// the options the app's renderer build uses (electron.vite.config.ts: React plugin, base './',
// default worker format), so the layout worker is bundled the way the app bundles it.
import react from '@vitejs/plugin-react'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { importAliases } from '../../scripts/import-aliases'

export const HARNESS_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'harness')

/** `minify: false` keeps function names readable in a profile. */
export async function buildHarness(outDir: string, minify = true): Promise<void> {
  await build({
    root: HARNESS_ROOT,
    base: './',
    configFile: false,
    resolve: { alias: importAliases(join(dirname(fileURLToPath(import.meta.url)), '..', '..')) },
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000
    }
  })
}
