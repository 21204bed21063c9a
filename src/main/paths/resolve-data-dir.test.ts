import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataDirFlag, resolveDataDir } from './resolve-data-dir'

const defaultDir = resolve('/home/analyst/.config/Analyst Workbench')
const cwd = resolve('/work/here')
const sources = (argv: string[], env: Record<string, string | undefined> = {}) => ({
  argv: ['/usr/bin/electron', '.', ...argv],
  env,
  defaultDir,
  cwd
})

describe('resolveDataDir', () => {
  it('defaults to the app data folder', () => {
    expect(resolveDataDir(sources([]))).toBe(defaultDir)
  })

  it('accepts --data-dir <path>', () => {
    expect(resolveDataDir(sources(['--data-dir', '/tmp/wb']))).toBe(resolve('/tmp/wb'))
  })

  it('accepts --data-dir=<path>', () => {
    expect(resolveDataDir(sources(['--data-dir=/tmp/wb2']))).toBe(resolve('/tmp/wb2'))
  })

  it('keeps spaces and = inside the path', () => {
    expect(resolveDataDir(sources(['--data-dir=/tmp/a b=c']))).toBe(resolve('/tmp/a b=c'))
  })

  it('resolves a relative flag against the working directory', () => {
    expect(resolveDataDir(sources(['--data-dir', 'profiles/one']))).toBe(join(cwd, 'profiles/one'))
  })

  it('reads WORKBENCH_DATA_DIR', () => {
    expect(resolveDataDir(sources([], { WORKBENCH_DATA_DIR: '/srv/wb' }))).toBe(resolve('/srv/wb'))
  })

  it('prefers the flag over the environment', () => {
    const dir = resolveDataDir(sources(['--data-dir=/flag'], { WORKBENCH_DATA_DIR: '/env' }))
    expect(dir).toBe(resolve('/flag'))
  })

  it('ignores empty values', () => {
    expect(resolveDataDir(sources(['--data-dir='], { WORKBENCH_DATA_DIR: '  ' }))).toBe(defaultDir)
  })

  it('does not take the next flag as the path', () => {
    expect(readDataDirFlag(['--data-dir', '--inspect'])).toBeUndefined()
    expect(readDataDirFlag(['--data-dir'])).toBeUndefined()
  })

  it('lets the last flag win', () => {
    expect(readDataDirFlag(['--data-dir=/a', '--data-dir', '/b'])).toBe('/b')
  })
})
