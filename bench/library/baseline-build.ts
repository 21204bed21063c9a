// The baseline renderer: the app as it was at BASELINE_REV (before article summaries), built
// from git history into bench/.baselines/<rev>/out/renderer (ignored by git), once.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { codeFromGit } from '../support/code-from-git'

/** main at the start of this work: the library read every article with its text. */
export const BASELINE_REV = 'c635f56'

const PATHS = [
  'src',
  'scripts',
  'resources',
  'electron.vite.config.ts',
  'package.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.core.json',
  'tsconfig.e2e.json',
  'tsconfig.node.json',
  'tsconfig.tests.json',
  'tsconfig.web.json'
]

/** The baseline's built renderer folder, or why there is none. */
export function baselineRenderer(repoRoot: string): { dir: string } | { missing: string } {
  const code = codeFromGit(repoRoot, BASELINE_REV, PATHS)
  if ('missing' in code) return code
  const dir = join(code.root, 'out', 'renderer')
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`Building the baseline (${BASELINE_REV}) in ${code.root}…`)
    // Its imports of npm packages resolve to this checkout's node_modules (the same lock file).
    execFileSync('npx', ['electron-vite', 'build'], { cwd: code.root, stdio: 'inherit' })
  }
  return { dir }
}

if (process.argv[1]?.endsWith('baseline-build.ts')) {
  const found = baselineRenderer(join(import.meta.dirname, '..', '..'))
  console.log(found)
}
