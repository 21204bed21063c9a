// The installers cannot be built on this machine (electron-builder downloads the Electron runtime
// from GitHub), so the configuration is checked the way electron-builder itself checks it first:
// against its own JSON schema, plus what the schema cannot know: that every file it names exists
// and is what the platform wants, and that the app claims exactly the formats its importer reads.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { DEEP_LINK_SCHEME } from '@core/export/deep-link'
import { APP_NAME } from '../src/main/app-identity'
import { ARTICLE_EXTENSIONS } from '@shared/ipc-contract'
import { pngSize, readIcns, readIco } from '../scripts/icon-formats.mjs'
import { ICON_OUTPUTS } from '../scripts/render-icons.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface FileAssociation {
  ext: string | string[]
  name?: string
  description?: string
  role?: string
  rank?: string
  mimeType?: string
}
interface PlatformOptions {
  icon?: string
  target?: (string | { target: string })[]
  fileAssociations?: FileAssociation[]
  mimeTypes?: string[]
  [key: string]: unknown
}
interface BuilderConfig {
  appId: string
  productName: string
  directories: { buildResources: string; output: string }
  files: string[]
  protocols: { name: string; schemes: string[] }[]
  fileAssociations?: FileAssociation[]
  mac: PlatformOptions
  win: PlatformOptions
  linux: PlatformOptions
  [key: string]: unknown
}

const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string
  scripts: Record<string, string>
  devDependencies: Record<string, string>
}

/** Validates like electron-builder does (config.ts → schemaValidator.ts), without coercion. */
const validateConfig = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object
)

function schemaErrors(candidate: unknown): string[] {
  const validate = validateConfig
  if (validate(candidate)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
}

/** The extensions of a list of associations, lower-case and without dots. */
function extensionsOf(associations: FileAssociation[] | undefined): string[] {
  return (associations ?? []).flatMap((association) =>
    Array.isArray(association.ext) ? association.ext : [association.ext]
  )
}

const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, file)))

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", () => {
    expect(schemaErrors(config)).toEqual([])
  })

  it('is refused by that schema when an option is misspelt or an association has no extension', () => {
    // The schema check above can fail: a typo or a missing field is caught.
    expect(schemaErrors({ ...config, protocol: config.protocols }).join('\n')).toMatch(
      /additional properties/
    )
    const withoutExt = { ...config, mac: { ...config.mac, fileAssociations: [{ name: 'x' }] } }
    expect(schemaErrors(withoutExt).join('\n')).toMatch(/must have required property 'ext'/)
  })

  it('names the app as the main process does, so the data folder is the same', () => {
    expect(config.productName).toBe('Analyst Workbench')
    expect(config.productName).toBe(APP_NAME)
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/)
  })

  it('packs electron-vite’s output and package.json, never the sources or node_modules', () => {
    expect(config.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/**',
        'out/preload/**',
        'out/renderer/**',
        '!node_modules/**'
      ])
    )
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).not.toContainEqual(
      expect.stringMatching(/^(src|node_modules|\*\*)/)
    )
    expect(packageJson.main).toMatch(/^out\/main\//)
  })

  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    const targets = (options: PlatformOptions) =>
      (options.target ?? []).map((target) => (typeof target === 'string' ? target : target.target))
    expect(targets(config.linux)).toEqual(['AppImage', 'deb'])
    expect(targets(config.mac)).toEqual(['dmg'])
    expect(targets(config.win)).toEqual(['nsis'])
  })

  it('registers the workbench:// scheme the exports write', () => {
    expect(config.protocols.flatMap((protocol) => protocol.schemes)).toEqual([DEEP_LINK_SCHEME])
    // electron-builder adds x-scheme-handler/<scheme> to the .desktop entry itself; naming it in
    // mimeTypes too would list it twice.
    expect(config.linux.mimeTypes).not.toContainEqual(expect.stringMatching(/^x-scheme-handler\//))
  })

  it('has the Windows installer register the scheme and its uninstaller remove it', () => {
    // `protocols` reaches Info.plist and the .desktop entry only; NSIS needs its own lines.
    const include = (config['nsis'] as { include?: string }).include
    expect(include).toBeDefined()
    const script = readFileSync(join(ROOT, include!), 'utf8')
    const key = `"Software\\Classes\\${DEEP_LINK_SCHEME}"`
    const install = /!macro customInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? ''
    const uninstall = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? ''
    expect(install).toContain(`WriteRegStr SHELL_CONTEXT ${key} "URL Protocol" ""`)
    expect(install).toMatch(/shell\\open\\command" "" '"\$appExe" "%1"'/)
    expect(uninstall).toContain(`DeleteRegKey SHELL_CONTEXT ${key}`)
  })
})

describe('file associations', () => {
  const importerExtensions = [...ARTICLE_EXTENSIONS].sort()

  it.each(['mac', 'win'] as const)(
    'on %s cover exactly the extensions the importer reads',
    (platform) => {
      const extensions = extensionsOf(config[platform].fileAssociations)
      expect(new Set(extensions).size).toBe(extensions.length)
      expect([...extensions].sort()).toEqual(importerExtensions)
      for (const ext of extensions) expect(ext).toMatch(/^[a-z0-9]+$/)
    }
  )

  it('are per platform only (a shared list would reach Linux as a MIME-type definition)', () => {
    expect(config.fileAssociations).toBeUndefined()
    expect(config.linux.fileAssociations).toBeUndefined()
  })

  it('on macOS offer the app under Open With without taking a type over', () => {
    for (const association of config.mac.fileAssociations ?? []) {
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' })
      expect(association.name).toBeTruthy()
    }
  })

  it('on Windows use registry classes of their own', () => {
    const names = (config.win.fileAssociations ?? []).map((association) => association.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^AnalystWorkbench\.[A-Za-z]+$/)
  })

  it('on Linux list every imported format’s MIME type in the .desktop entry', () => {
    // shared-mime-info's type for each extension (/usr/share/mime/globs2 on Debian). An
    // extension the importer gains without an entry here fails the test.
    const mimeTypeOf: Record<string, string> = {
      txt: 'text/plain',
      md: 'text/markdown',
      markdown: 'text/markdown',
      html: 'text/html',
      htm: 'text/html',
      mhtml: 'application/x-mimearchive',
      mht: 'application/x-mimearchive',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      eml: 'message/rfc822',
      pdf: 'application/pdf'
    }
    const listed = config.linux.mimeTypes ?? []
    expect(new Set(listed).size).toBe(listed.length)
    for (const ext of importerExtensions) {
      expect(mimeTypeOf[ext], `no MIME type known for .${ext}`).toBeDefined()
      expect(listed).toContain(mimeTypeOf[ext])
    }
    expect([...listed].sort()).toEqual([...new Set(Object.values(mimeTypeOf))].sort())
  })
})

describe('files the configuration names', () => {
  /** Every option whose value is a path, wherever it sits in the configuration. */
  const PATH_OPTIONS = new Set([
    'icon',
    'entitlements',
    'entitlementsInherit',
    'entitlementsLoginHelper',
    'provisioningProfile',
    'license',
    'background',
    'badgeIcon',
    'installerIcon',
    'uninstallerIcon',
    'installerHeader',
    'installerHeaderIcon',
    'installerSidebar',
    'uninstallerSidebar',
    'include',
    'script',
    'appArmorProfile',
    'afterInstall',
    'afterRemove'
  ])
  function namedPaths(value: unknown, where = ''): { where: string; file: string }[] {
    if (Array.isArray(value)) return value.flatMap((item, i) => namedPaths(item, `${where}[${i}]`))
    if (value === null || typeof value !== 'object') return []
    return Object.entries(value).flatMap(([key, inner]) =>
      PATH_OPTIONS.has(key) && typeof inner === 'string'
        ? [{ where: `${where}.${key}`, file: inner }]
        : namedPaths(inner, `${where}.${key}`)
    )
  }

  it('all exist (icons, and entitlements or installer art if any are added)', () => {
    const paths = namedPaths(config)
    expect(paths.map((p) => p.where)).toEqual(
      expect.arrayContaining(['.mac.icon', '.win.icon', '.linux.icon'])
    )
    for (const { where, file } of paths) {
      expect(existsSync(join(ROOT, file)), `${where}: ${file} is missing`).toBe(true)
    }
  })

  it('include a macOS .icns with the 512 and 1024 px images Finder and the Dock use', () => {
    const elements = readIcns(read(config.mac.icon!))
    const sizes = new Map(elements.map(({ type, data }) => [type, pngSize(data).width]))
    expect(sizes.get('ic09')).toBe(512)
    expect(sizes.get('ic10')).toBe(1024)
    expect(sizes.get('ic07')).toBe(128)
  })

  it('include a Windows .ico up to 256 px (electron-builder refuses a smaller one)', () => {
    const images = readIco(read(config.win.icon!))
    expect(Math.max(...images.map((image) => image.size))).toBe(256)
    for (const { size, data } of images)
      expect(pngSize(data)).toEqual({ width: size, height: size })
    expect(images.map((image) => image.size)).toEqual(expect.arrayContaining([16, 32, 48]))
  })

  it('include a Linux icon folder of NxN.png files of those sizes, up to 512 px', () => {
    const folder = config.linux.icon!
    expect(statSync(join(ROOT, folder)).isDirectory()).toBe(true)
    const files = readdirSync(join(ROOT, folder))
    expect(files.length).toBeGreaterThan(0)
    const sizes = files.map((file) => {
      const match = /^(\d+)x(\d+)\.png$/.exec(file)
      expect(match, `${file} is not named NxN.png`).not.toBeNull()
      const size = Number(match![1])
      expect(pngSize(read(join(folder, file)))).toEqual({ width: size, height: size })
      return size
    })
    expect(Math.max(...sizes)).toBe(512)
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 128, 256]))
  })

  it('are all rendered by scripts/render-icons.mjs from the committed SVG', () => {
    const rendered = new Set(ICON_OUTPUTS.map((output) => output.file))
    expect(rendered).toContain(config.mac.icon)
    expect(rendered).toContain(config.win.icon)
    for (const file of readdirSync(join(ROOT, config.linux.icon!))) {
      expect(rendered).toContain(`${config.linux.icon}/${file}`)
    }
    for (const output of ICON_OUTPUTS) {
      const bytes = read(output.file)
      const sizes =
        output.kind === 'icns'
          ? [...new Set(readIcns(bytes).map(({ data }) => pngSize(data).width))]
          : output.kind === 'ico'
            ? readIco(bytes).map((image) => image.size)
            : [pngSize(bytes).width]
      expect(
        sizes.sort((a, b) => a - b),
        output.file
      ).toEqual(output.sizes)
    }
  })
})

describe('package.json', () => {
  it('pins electron-builder exactly and offers npm run dist for each platform', () => {
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(packageJson.scripts['dist']).toBe(
      'electron-vite build && electron-builder --publish never'
    )
    for (const [script, flag] of [
      ['dist:linux', '--linux'],
      ['dist:mac', '--mac'],
      ['dist:win', '--win']
    ]) {
      expect(packageJson.scripts[script!]).toBe(
        `electron-vite build && electron-builder ${flag} --publish never`
      )
    }
  })
})
