// Builds the backup bench harness (bench/backup/harness/) with Vite's JS API into `outDir`, with
// the renderer build's options that matter here (base './', minified), so the modules run as the
// app ships them. The harness also bundles the backup's page side as it was at BASELINE_REV (main
// before the page stopped holding the backup's text), read from git history: its modules are
// imported as `baseline:<file>` (harness/baseline-modules.d.ts), and their own @core/… and
// @shared/… imports resolve into that commit's tree, not ours.
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'vite'
import { importAliases } from '../../scripts/import-aliases'
import { codeFromGit } from '../support/code-from-git'

export const HARNESS_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'harness')
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Main before the backup was made as a file in the worker (issue 16). */
export const BASELINE_REV = process.env['BACKUP_BENCH_BASELINE'] ?? 'bfa2f9a'

/** The baseline's modules the harness imports, by the name it imports them as. */
const BASELINE_MODULES: Record<string, string> = {
  'make-backup-text': 'src/renderer/src/db/commands/backup/make-backup-text.ts',
  'browser-platform': 'src/renderer/src/platform/browser-platform.ts',
  'electron-platform': 'src/renderer/src/platform/electron-platform.ts'
}

/** @core/… and @shared/… to the importer's own tree (ours or the baseline's); baseline:<name>. */
function aliases(baselineRoot: string): Plugin {
  const ours = importAliases(ROOT)
  const theirs = importAliases(baselineRoot)
  return {
    name: 'backup-bench-aliases',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith('baseline:')) {
        const file = BASELINE_MODULES[source.slice('baseline:'.length)]
        if (!file) throw new Error(`no baseline module ${source}`)
        return join(baselineRoot, file)
      }
      const alias = /^(@core|@shared)(\/.*)?$/.exec(source)
      if (!alias) return null
      const inBaseline =
        importer !== undefined && !relative(baselineRoot, importer).startsWith('..')
      const folder = (inBaseline ? theirs : ours)[alias[1]!]!
      return this.resolve(folder + (alias[2] ?? ''), importer, { ...options, skipSelf: true })
    }
  }
}

export async function buildHarness(outDir: string): Promise<void> {
  const baseline = codeFromGit(ROOT, BASELINE_REV, ['src'])
  if ('missing' in baseline) throw new Error(`baseline ${BASELINE_REV}: ${baseline.missing}`)
  const plugin = aliases(baseline.root)
  await build({
    root: HARNESS_ROOT,
    base: './',
    configFile: false,
    plugins: [plugin],
    define: { __APP_VERSION__: JSON.stringify('bench') },
    worker: { plugins: () => [aliases(baseline.root)] },
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
