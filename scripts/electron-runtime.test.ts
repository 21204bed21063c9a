import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { electronPackageDir, installElectron, resolveElectronBinary } from './electron-runtime.mjs'

const files = (map: Record<string, string>) => ({
  exists: (file: string) => file in map,
  readText: (file: string) => {
    const text = map[file]
    if (text === undefined) throw new Error(`ENOENT ${file}`)
    return text
  }
})

describe('resolveElectronBinary', () => {
  const dir = path.join('/p', 'node_modules', 'electron')
  const pathTxt = path.join(dir, 'path.txt')
  const binary = path.join(dir, 'dist', 'electron')

  it('is not installed without path.txt, and does not throw', () => {
    expect(resolveElectronBinary({ electronDir: dir, env: {}, ...files({}) })).toEqual({
      installed: false,
      binary: null
    })
  })

  it('reads the executable from path.txt inside dist/', () => {
    expect(
      resolveElectronBinary({
        electronDir: dir,
        env: {},
        ...files({ [pathTxt]: 'electron', [binary]: '' })
      })
    ).toEqual({ installed: true, binary })
  })

  it('is not installed when path.txt names a missing binary', () => {
    expect(
      resolveElectronBinary({ electronDir: dir, env: {}, ...files({ [pathTxt]: 'electron' }) })
    ).toEqual({ installed: false, binary })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like index.js', () => {
    const override = path.join('/opt', 'electron')
    const overridden = path.join(override, 'electron')
    expect(
      resolveElectronBinary({
        electronDir: dir,
        env: { ELECTRON_OVERRIDE_DIST_PATH: override },
        ...files({ [overridden]: '' })
      })
    ).toEqual({ installed: true, binary: overridden })
  })

  it('is not installed when the wrapper package is missing', () => {
    expect(resolveElectronBinary({ electronDir: null })).toEqual({ installed: false, binary: null })
  })
})

describe('electronPackageDir', () => {
  it('finds the wrapper package of this project', () => {
    const dir = electronPackageDir(path.resolve(import.meta.dirname, '..'))
    expect(dir).not.toBeNull()
    expect(path.basename(dir ?? '')).toBe('electron')
  })

  it('returns null where it cannot be resolved', () => {
    expect(electronPackageDir(path.parse(tmpdir()).root)).toBeNull()
  })
})

describe('installElectron', () => {
  let temp: string | undefined
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true })
  })

  const fakeInstall = (source: string) => {
    temp = mkdtempSync(path.join(tmpdir(), 'wb-electron-'))
    writeFileSync(path.join(temp, 'install.js'), source)
    return temp
  }

  it('reports success and keeps the output', async () => {
    const electronDir = fakeInstall("console.log('done')")
    await expect(installElectron({ electronDir })).resolves.toEqual({
      ok: true,
      timedOut: false,
      code: 0,
      output: 'done\n'
    })
  })

  it('reports failure without printing the stack trace', async () => {
    const electronDir = fakeInstall("console.error('TypeError: fetch failed'); process.exit(1)")
    const result = await installElectron({ electronDir })
    expect(result).toMatchObject({ ok: false, timedOut: false, code: 1 })
    expect(result.output).toContain('fetch failed')
  })

  it('gives up after the time limit', async () => {
    const electronDir = fakeInstall('setInterval(() => {}, 1000)')
    const started = Date.now()
    const result = await installElectron({ electronDir, timeoutMs: 300 })
    expect(result).toMatchObject({ ok: false, timedOut: true })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('stops when aborted', async () => {
    const electronDir = fakeInstall('setInterval(() => {}, 1000)')
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 200)
    const result = await installElectron({ electronDir, signal: controller.signal })
    expect(result.ok).toBe(false)
  })
})
