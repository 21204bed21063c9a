// The baseline of the large-article bench is today's build (main at BASELINE_REV) built from git
// history at bench time (bench/support/code-from-git.ts), not a copy kept in the tree.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { codeFromGit } from '../support/code-from-git'

/** main before the large-article work: the reader, import and search as they were. */
export const BASELINE_REV = 'c635f56'

/** The built renderer of BASELINE_REV (built once, then reused), or why there is none. */
export function baselineRenderer(repoRoot: string): { dir: string } | { missing: string } {
  const code = codeFromGit(repoRoot, BASELINE_REV, [
    'src',
    'scripts',
    'resources',
    'electron.vite.config.ts',
    'package.json',
    'tsconfig.json',
    'tsconfig.base.json',
    'tsconfig.node.json',
    'tsconfig.web.json',
    'tsconfig.core.json',
    'tsconfig.tests.json',
    'tsconfig.e2e.json'
  ])
  if ('missing' in code) return code
  const dir = join(code.root, 'out', 'renderer')
  if (!existsSync(join(dir, 'index.html')))
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: code.root,
      stdio: 'inherit'
    })
  return { dir }
}
