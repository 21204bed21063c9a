// Builds the backup bench harness (bench/backup/harness/) with Vite's JS API into `outDir`, with
// the renderer build's options that matter here (base './', minified), so the modules run as the
// app ships them.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { importAliases } from '../../scripts/import-aliases'

export const HARNESS_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'harness')

export async function buildHarness(outDir: string): Promise<void> {
  await build({
    root: HARNESS_ROOT,
    base: './',
    configFile: false,
    resolve: { alias: importAliases(join(dirname(fileURLToPath(import.meta.url)), '..', '..')) },
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000
    }
  })
}
