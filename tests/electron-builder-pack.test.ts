// Runs electron-builder itself on electron-builder.yml, as far as it goes without downloads: a
// Linux `dir` build of a stand-in project, with a stand-in Electron distribution (the real one
// comes from GitHub, unreachable here). That proves electron-builder accepts the configuration,
// shows what it packs into app.asar, and gives the .desktop entry it writes for AppImage and deb.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
// electron-builder's own modules (dependencies of electron-builder, pinned with it): its asar
// reader and the helper that writes the .desktop entry for every Linux target.
import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper'
import { Arch, Platform, build, type Configuration, type LinuxPackager } from 'electron-builder'
import { load } from 'js-yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface Packed {
  asarEntries: string[]
  packagedJson: Record<string, unknown>
  desktopEntry: Map<string, string>
  desktopFileName: string
  iconSizes: number[]
  executable: string
  /** The fuse wire of the packed executable, by fuse: '1' on, '0' off. */
  fuses: Record<string, string>
}

/** The marker @electron/fuses looks for in an Electron binary, then version 1 and the wire's length. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/**
 * Electron 45's fuse wire as it ships (RunAsNode, cookie encryption, NODE_OPTIONS, --inspect,
 * ASAR integrity, only-ASAR, browser V8 snapshot, file:// privileges): the stand-in executable
 * carries it, so electron-builder flips it exactly as it would in the real binary.
 */
const SHIPPED_FUSE_WIRE = '10110001'

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

describe('electron-builder on electron-builder.yml (Linux, no downloads)', () => {
  let temp: string
  let packed: Packed

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'wb-pack-'))
    const project = join(temp, 'project')
    const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >
    // The project's identity and entry point, with one runtime dependency that must stay out.
    write(
      join(project, 'package.json'),
      JSON.stringify({
        name: ours['name'],
        version: ours['version'],
        description: ours['description'],
        type: ours['type'],
        main: ours['main'],
        dependencies: { 'left-out': '1.0.0' }
      })
    )
    write(
      join(project, 'node_modules/left-out/package.json'),
      JSON.stringify({ name: 'left-out', version: '1.0.0', main: 'index.js' })
    )
    write(join(project, 'node_modules/left-out/index.js'), 'module.exports = 1\n')
    write(join(project, 'out/main/index.js'), "import 'electron'\n")
    write(join(project, 'out/preload/index.cjs'), "require('electron')\n")
    write(join(project, 'out/renderer/index.html'), '<!doctype html><title>Workbench</title>\n')
    write(join(project, 'src/main/index.ts'), 'export {}\n')
    cpSync(join(ROOT, 'build'), join(project, 'build'), { recursive: true })
    // Electron's Linux distribution as electron-builder copies it: an `electron` executable.
    const electronDist = join(temp, 'electron-dist')
    write(
      join(electronDist, 'electron'),
      `#!/bin/sh\n# ${FUSE_SENTINEL}\u0001\u0008${SHIPPED_FUSE_WIRE}\n`
    )
    mkdirSync(join(electronDist, 'resources'))

    const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Configuration
    const electronVersion = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string
      }
    ).version
    let desktop: Omit<Packed, 'asarEntries' | 'packagedJson' | 'fuses'> | undefined
    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        ...config,
        electronDist,
        electronVersion,
        directories: { ...config.directories, output: join(temp, 'dist') },
        afterPack: async (context) => {
          const packager = context.packager as LinuxPackager
          const helper = new LinuxTargetHelper(packager)
          const entry = await helper.computeDesktopEntry(packager.platformSpecificBuildOptions)
          desktop = {
            desktopEntry: new Map(
              entry
                .split('\n')
                .filter((line) => line.includes('='))
                .map((line) => [
                  line.slice(0, line.indexOf('=')),
                  line.slice(line.indexOf('=') + 1)
                ])
            ),
            desktopFileName: helper.getDesktopFileName(),
            iconSizes: (await helper.icons).map((icon) => icon.size),
            executable: packager.executableName
          }
        }
      }
    })
    const asar = join(temp, 'dist/linux-unpacked/resources/app.asar')
    const wire = await getCurrentFuseWire(join(temp, 'dist/linux-unpacked', desktop!.executable))
    packed = {
      ...desktop!,
      fuses: Object.fromEntries(
        Object.entries(wire)
          .filter(([key]) => /^\d+$/.test(key))
          .map(([key, state]) => [FuseV1Options[Number(key)], String.fromCharCode(state as number)])
      ),
      asarEntries: listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/')),
      packagedJson: JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<
        string,
        unknown
      >
    }
  }, 120_000)

  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true })
  })

  it('packs electron-vite’s output and package.json only: no sources, no node_modules', () => {
    expect(packed.asarEntries.filter((entry) => entry.includes('.')).sort()).toEqual([
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json'
    ])
    expect(packed.asarEntries.some((entry) => entry.includes('node_modules'))).toBe(false)
  })

  it('gives the packaged app the .desktop name Electron uses as its window class', () => {
    expect(packed.packagedJson['desktopName']).toBe('analyst-workbench.desktop')
    expect(packed.desktopFileName).toBe('analyst-workbench')
    expect(packed.desktopEntry.get('StartupWMClass')).toBe('analyst-workbench')
    expect(packed.executable).toBe('analyst-workbench')
  })

  it('writes a .desktop entry offering the imported formats and workbench:// links', () => {
    const entry = packed.desktopEntry
    expect(entry.get('Name')).toBe('Analyst Workbench')
    expect(entry.get('Exec')).toMatch(/ %U$/)
    expect(entry.get('Icon')).toBe('analyst-workbench')
    const mimeTypes = (entry.get('MimeType') ?? '').split(';').filter(Boolean)
    expect(new Set(mimeTypes).size).toBe(mimeTypes.length)
    expect(mimeTypes).toEqual([
      'text/plain',
      'text/markdown',
      'text/html',
      'application/x-mimearchive',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'message/rfc822',
      'application/pdf',
      'x-scheme-handler/workbench'
    ])
  })

  it('flips the fuses that would let the installed app run other code', () => {
    expect(packed.fuses).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      // Not configured: stays as Electron ships it.
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '0'
    })
  })

  it('takes the Linux icons from build/icons as they are, up to 512 px', () => {
    expect(packed.iconSizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512])
  })
})
