// The @core/… and @shared/… import aliases for every bundler and runner that resolves the app's
// modules: electron-vite's three builds, vitest, the bench harnesses built with Vite. TypeScript,
// tsx and Playwright read the same aliases from tsconfig.base.json's "paths" (JSON, so written
// out there; import-aliases.test.ts checks the two agree).
import { join } from 'node:path'

/** Alias → folder, for Vite's `resolve.alias`, given the repository's root folder. */
export function importAliases(repoRoot: string): Record<string, string> {
  return {
    '@core': join(repoRoot, 'src', 'core'),
    '@shared': join(repoRoot, 'src', 'shared')
  }
}
