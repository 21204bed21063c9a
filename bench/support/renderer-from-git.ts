// A bench's baseline renderer: the app as it was at an earlier commit, built from git history
// into bench/.baselines/<rev>/out/renderer (ignored by git), once, then reused by every bench
// that compares with that commit.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { codeFromGit } from './code-from-git'

/** What electron-vite needs to build the renderer. */
const BUILD_INPUTS = [
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

/** The built renderer folder of commit `rev`, or why there is none. */
export function rendererFromGit(
  repoRoot: string,
  rev: string
): { dir: string } | { missing: string } {
  const code = codeFromGit(repoRoot, rev, BUILD_INPUTS)
  if ('missing' in code) return code
  const dir = join(code.root, 'out', 'renderer')
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`Building the baseline (${rev}) in ${code.root}…`)
    // Its imports of npm packages resolve to this checkout's node_modules (the same lock file).
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: code.root,
      stdio: 'inherit'
    })
  }
  return { dir }
}
