// A baseline that is an earlier version of our own code is read from git history at bench time,
// not kept as a copy in the tree: a frozen copy is duplicated code that drifts and that readers
// take for live code. The files are extracted under bench/.baselines/<rev>/ (ignored by git),
// inside the repository so that their imports of npm packages resolve as they did then.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Extracts `paths` (folders or files) of commit `rev` and returns the folder they are under, or
 * an explanation when the history is not there (a shallow clone, an archive).
 */
export function codeFromGit(
  repoRoot: string,
  rev: string,
  paths: string[]
): { root: string } | { missing: string } {
  const root = join(repoRoot, 'bench', '.baselines', rev)
  if (existsSync(join(root, '.complete'))) return { root }
  try {
    execFileSync('git', ['cat-file', '-e', `${rev}^{commit}`], { cwd: repoRoot, stdio: 'ignore' })
  } catch {
    return { missing: `commit ${rev} is not in this checkout's history (shallow clone?)` }
  }
  mkdirSync(root, { recursive: true })
  const archive = execFileSync('git', ['archive', rev, '--', ...paths], {
    cwd: repoRoot,
    maxBuffer: 256 * 1024 * 1024
  })
  execFileSync('tar', ['-x', '-C', root], { input: archive })
  execFileSync('touch', [join(root, '.complete')])
  return { root }
}

/** Imports a module of code extracted by `codeFromGit`. */
export async function importFromGit<T>(root: string, file: string): Promise<T> {
  return (await import(pathToFileURL(join(root, file)).href)) as T
}
