import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importAliases } from './import-aliases'

const root = join(import.meta.dirname, '..')

describe('importAliases', () => {
  it('names the same folders as tsconfig.base.json’s paths (TypeScript, tsx, Playwright)', () => {
    const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> }
    }
    const fromTsconfig = Object.fromEntries(
      Object.entries(base.compilerOptions.paths).map(([key, [target]]) => [
        key.replace(/\/\*$/, ''),
        join(root, (target ?? '').replace(/\/\*$/, ''))
      ])
    )
    expect(importAliases(root)).toEqual(fromTsconfig)
  })

  it('is what vitest resolves @core and @shared with', async () => {
    const viaAlias = await import('@shared/mime-types.mjs')
    const viaPath = await import('../src/shared/mime-types.mjs')
    expect(viaAlias.mimeTypeFor).toBe(viaPath.mimeTypeFor)
  })
})
