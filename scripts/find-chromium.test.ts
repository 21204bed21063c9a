import { describe, expect, it } from 'vitest'
import {
  chromiumArgs,
  findChromium,
  hasDisplay,
  installLocations,
  pathCandidates
} from './find-chromium.mjs'

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file)

describe('findChromium', () => {
  it('prefers WORKBENCH_CHROMIUM, then CHROME_PATH, over PATH', () => {
    const env = { WORKBENCH_CHROMIUM: '/opt/wb/chrome', CHROME_PATH: '/opt/c', PATH: '/usr/bin' }
    const isExecutable = only('/opt/wb/chrome', '/opt/c', '/usr/bin/chromium')
    expect(findChromium({ platform: 'linux', env, isExecutable })).toEqual({
      path: '/opt/wb/chrome',
      source: 'WORKBENCH_CHROMIUM',
      ignored: []
    })
    expect(
      findChromium({ platform: 'linux', env: { ...env, WORKBENCH_CHROMIUM: '' }, isExecutable })
    ).toMatchObject({ path: '/opt/c', source: 'CHROME_PATH' })
  })

  it('reports an environment variable that names no executable and moves on', () => {
    const result = findChromium({
      platform: 'linux',
      env: { WORKBENCH_CHROMIUM: '/nope', PATH: '/usr/local/bin:/usr/bin' },
      isExecutable: only('/usr/bin/google-chrome')
    })
    expect(result).toEqual({
      path: '/usr/bin/google-chrome',
      source: 'PATH',
      ignored: ['WORKBENCH_CHROMIUM']
    })
  })

  it('searches PATH by name first, then by folder', () => {
    const env = { PATH: '/a:/b' }
    expect(
      findChromium({
        platform: 'linux',
        env,
        isExecutable: only('/a/google-chrome', '/b/chromium')
      }).path
    ).toBe('/b/chromium')
    expect(
      findChromium({
        platform: 'linux',
        env,
        isExecutable: only('/a/chromium-browser', '/b/google-chrome-stable')
      }).path
    ).toBe('/a/chromium-browser')
  })

  it('returns null when nothing is found', () => {
    expect(
      findChromium({ platform: 'linux', env: { PATH: '/a' }, isExecutable: () => false })
    ).toEqual({ path: null, source: null, ignored: [] })
    expect(findChromium({ platform: 'linux', env: {}, isExecutable: () => false }).path).toBeNull()
  })

  it('finds Chrome in the macOS Applications folders', () => {
    const chrome = '/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(
      findChromium({
        platform: 'darwin',
        env: { PATH: '/usr/bin' },
        home: '/Users/ana',
        isExecutable: only(chrome)
      })
    ).toMatchObject({ path: chrome, source: 'install location' })
  })

  it('finds Chrome or Edge in the Windows install folders', () => {
    const env = {
      Path: 'C:\\Windows',
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)'
    }
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium({ platform: 'win32', env, isExecutable: only(edge, chrome) }).path).toBe(
      chrome
    )
    expect(findChromium({ platform: 'win32', env, isExecutable: only(edge) }).path).toBe(edge)
  })
})

describe('pathCandidates and installLocations', () => {
  it('uses ; and PATHEXT on Windows', () => {
    const candidates = pathCandidates({
      platform: 'win32',
      env: { Path: 'C:\\bin;;D:\\tools', PATHEXT: '.COM;.EXE' }
    })
    expect(candidates).toContain('C:\\bin\\chromium.exe')
    expect(candidates).toContain('D:\\tools\\chrome.com')
    expect(candidates.every((file) => !file.startsWith('\\'))).toBe(true)
  })

  it('has no fixed install locations on Linux', () => {
    expect(installLocations({ platform: 'linux', env: {} })).toEqual([])
  })
})

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux', () => {
    expect(hasDisplay({ platform: 'linux', env: {} })).toBe(false)
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: '' } })).toBe(false)
    expect(hasDisplay({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true)
    expect(hasDisplay({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true)
  })

  it('always has one on macOS and Windows', () => {
    expect(hasDisplay({ platform: 'darwin', env: {} })).toBe(true)
    expect(hasDisplay({ platform: 'win32', env: {} })).toBe(true)
  })
})

describe('chromiumArgs', () => {
  const base = { url: 'http://127.0.0.1:4780/', profileDir: '/d/browser-profile' }

  it('opens an app window on its own quiet profile', () => {
    expect(chromiumArgs({ ...base, platform: 'linux', isRoot: false })).toEqual([
      '--app=http://127.0.0.1:4780/',
      '--user-data-dir=/d/browser-profile',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ])
  })

  it('turns the sandbox off only for root on Linux', () => {
    expect(chromiumArgs({ ...base, platform: 'linux', isRoot: true })).toContain('--no-sandbox')
    expect(chromiumArgs({ ...base, platform: 'darwin', isRoot: true })).not.toContain(
      '--no-sandbox'
    )
    expect(chromiumArgs({ ...base, platform: 'linux', isRoot: false })).not.toContain(
      '--no-sandbox'
    )
  })
})
