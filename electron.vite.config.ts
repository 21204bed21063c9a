import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }
import { importAliases } from './scripts/import-aliases'
import { rendererContentPolicy } from './scripts/renderer-content-policy'
import { rendererVendorFiles } from './scripts/renderer-vendor-files'

// @core/… and @shared/… in all three builds (scripts/import-aliases.ts).
const alias = importAliases(import.meta.dirname)

// `--mode profile` builds an unminified renderer into out/renderer-profile, beside the real one,
// for reading function names in bench/reader/reader-profile.ts.

export default defineConfig(({ mode }) => ({
  main: {
    resolve: { alias },
    build: {
      // Bundle zod and any other dependency into the main bundle: the installed app ships no
      // node_modules (electron-builder.yml excludes them; the renderer's are bundled by Vite), and
      // an ES-module main never resolves a package inside app.asar, which has broken in several
      // Electron releases (electron/electron#41241, #45896).
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } }
    }
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [react(), rendererVendorFiles(), rendererContentPolicy()],
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      // electron-vite leaves the renderer unminified; minifying halves parse time at start-up.
      minify: mode !== 'profile',
      outDir: resolve(
        import.meta.dirname,
        mode === 'profile' ? 'out/renderer-profile' : 'out/renderer'
      ),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } }
    }
  }
}))
