import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_NAME, defaultDataDir, ensureDataDir, resolveDataDir } from './data-dir.mjs'

describe('defaultDataDir', () => {
  it('uses ~/.config on Linux without XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe(
      '/home/ana/.config/Analyst Workbench'
    )
  })

  it('honours an absolute XDG_CONFIG_HOME and ignores a relative one', () => {
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ana' })
    ).toBe('/cfg/Analyst Workbench')
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'cfg' }, home: '/home/ana' })
    ).toBe('/home/ana/.config/Analyst Workbench')
  })

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Analyst Workbench'
    )
  })

  it('uses %APPDATA% on Windows, with the roaming folder as fallback', () => {
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana'
      })
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Analyst Workbench')
    expect(defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\ana' })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Analyst Workbench'
    )
  })

  it('names the folder after the app', () => {
    expect(APP_NAME).toBe('Analyst Workbench')
  })
})

describe('resolveDataDir', () => {
  const base = { platform: 'linux' as const, home: '/home/ana', cwd: '/work' }

  it('prefers --data-dir, resolved against the working folder', () => {
    expect(resolveDataDir({ ...base, flag: 'data', env: { WORKBENCH_DATA_DIR: '/env' } })).toEqual({
      dir: '/work/data',
      explicit: true
    })
  })

  it('falls back to WORKBENCH_DATA_DIR, then to the default', () => {
    expect(resolveDataDir({ ...base, env: { WORKBENCH_DATA_DIR: '/env/wb' } })).toEqual({
      dir: '/env/wb',
      explicit: true
    })
    expect(resolveDataDir({ ...base, env: {} })).toEqual({
      dir: '/home/ana/.config/Analyst Workbench',
      explicit: false
    })
  })
})

describe('ensureDataDir', () => {
  let temp: string | undefined
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true })
  })

  it('creates the folder and its parents', () => {
    temp = mkdtempSync(path.join(tmpdir(), 'wb-data-'))
    const dir = path.join(temp, 'a', 'b')
    expect(ensureDataDir(dir)).toBe(dir)
    expect(statSync(dir).isDirectory()).toBe(true)
    // A second call on an existing folder is fine.
    expect(ensureDataDir(dir)).toBe(dir)
  })
})
