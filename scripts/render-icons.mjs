// `npm run icons`: renders resources/icon.svg into every icon file the installers and the
// browser use, and writes them where electron-builder.yml and the renderer expect them. The
// outputs are committed; run this again after changing the SVG.
// Chromium draws the SVG (the same engine as the app, found as for browser mode), so no image
// library is needed; scripts/icon-formats.mjs packs the PNGs into .ico and .icns.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from './find-chromium.mjs'
import { encodeIcns, encodeIco } from './icon-formats.mjs'
import { QUIET_CHROMIUM_FLAGS } from './quiet-chromium-flags.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const ICON_SOURCE = 'resources/icon.svg'

/**
 * The SVG's tile without macOS's margin, for Windows, Linux and the favicon, whose icons fill
 * their square (at 16 px the margin would waste a fifth of the pixels).
 */
export const CROPPED_VIEW_BOX = '88 88 848 848'

/**
 * Every file this script writes, relative to the project root, with its pixel sizes.
 * `cropped`: drawn from {@link CROPPED_VIEW_BOX}.
 * @type {ReadonlyArray<{ file: string, kind: 'icns' | 'ico' | 'png', sizes: number[], cropped: boolean }>}
 */
export const ICON_OUTPUTS = Object.freeze([
  // macOS: the full 1024 grid, margin included, as Apple's template draws it.
  {
    file: 'build/icon.icns',
    kind: 'icns',
    sizes: [16, 32, 64, 128, 256, 512, 1024],
    cropped: false
  },
  // Windows: Explorer's sizes up to 256 (electron-builder refuses an .ico without 256).
  {
    file: 'build/icon.ico',
    kind: 'ico',
    sizes: [16, 20, 24, 32, 40, 48, 64, 128, 256],
    cropped: true
  },
  // Linux: one PNG per hicolor size, named NxN.png as electron-builder reads an icon folder.
  ...[16, 24, 32, 48, 64, 128, 256, 512].map((size) => ({
    file: `build/icons/${size}x${size}.png`,
    kind: /** @type {const} */ ('png'),
    sizes: [size],
    cropped: true
  })),
  // The browser tab and the window's favicon (src/renderer/public is copied into out/renderer).
  { file: 'src/renderer/public/favicon.ico', kind: 'ico', sizes: [16, 32, 48], cropped: true }
])

/**
 * @param {string} svg
 * @param {string} viewBox
 * @returns {string}
 */
function withViewBox(svg, viewBox) {
  const changed = svg.replace(/viewBox="[^"]*"/, `viewBox="${viewBox}"`)
  if (changed === svg) throw new Error(`${ICON_SOURCE} has no viewBox to crop.`)
  return changed
}

async function main() {
  const executablePath = findChromium().path
  if (!executablePath) {
    console.error('No Chromium was found to draw the icons: install one or set WORKBENCH_CHROMIUM.')
    return 1
  }
  const svg = readFileSync(path.join(ROOT, ICON_SOURCE), 'utf8')
  // Loaded here, not at the top, so tests can read ICON_OUTPUTS without loading Playwright.
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_FLAGS })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    /** @type {Map<string, Uint8Array>} */
    const rendered = new Map()
    /**
     * @param {number} size
     * @param {boolean} cropped
     * @returns {Promise<Uint8Array>}
     */
    const render = async (size, cropped) => {
      const key = `${size}:${cropped}`
      const cached = rendered.get(key)
      if (cached) return cached
      const source = cropped ? withViewBox(svg, CROPPED_VIEW_BOX) : svg
      const url = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${url}" width="${size}" height="${size}" style="display:block"></body>`
      )
      await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode())
      const png = new Uint8Array(await page.screenshot({ omitBackground: true }))
      rendered.set(key, png)
      return png
    }

    for (const output of ICON_OUTPUTS) {
      const pngs = []
      for (const size of output.sizes) pngs.push(await render(size, output.cropped))
      const bytes =
        output.kind === 'icns'
          ? encodeIcns(pngs)
          : output.kind === 'ico'
            ? encodeIco(pngs)
            : /** @type {Uint8Array} */ (pngs[0])
      const target = path.join(ROOT, output.file)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, bytes)
      console.log(`${output.file}: ${output.sizes.join(', ')} px, ${bytes.length} bytes`)
    }
  } finally {
    await browser.close()
  }
  return 0
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (invokedDirectly) process.exitCode = await main()
