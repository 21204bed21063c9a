// The suggester's named baseline, the engine before issue 12 (commit 0ab4d3a): its src/ taken
// from git and unpacked under node_modules/.cache, so its bare imports resolve to this checkout's
// node_modules (the same library versions as the engine now). Used by quality-bench.ts and, for
// the old place matcher, by gazetteer-ready.ts.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BASELINE_COMMIT = process.env['SUGGEST_BASELINE'] ?? '0ab4d3a'
export const CACHE = join(ROOT, 'node_modules', '.cache', 'suggest-bench')

/** `src/` of `commit`, unpacked afresh (or reused when `reuse` and present), or why it cannot be. */
export function baselineSource(
  commit = BASELINE_COMMIT,
  reuse = false
): { src: string } | { why: string } {
  const dir = join(CACHE, `baseline-${commit}`)
  if (reuse && existsSync(join(dir, 'src', 'core'))) return { src: join(dir, 'src') }
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], {
      cwd: ROOT,
      stdio: 'ignore'
    })
  } catch {
    return { why: `commit ${commit} is not in this checkout's git history (or git is missing)` }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const archive = execFileSync('git', ['archive', commit, 'src'], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024
  })
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  return { src: join(dir, 'src') }
}
