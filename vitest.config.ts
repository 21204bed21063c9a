import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { importAliases } from './scripts/import-aliases'

// Three projects: pure core/shared and the main process run under Node; the renderer under jsdom.
// A test's time limit only catches a hang: speed is measured in benches, never in tests, and a
// property test over a long note on a loaded 2-core runner can take well over vitest's 5 s.
const testTimeout = 60_000
// Each project resolves @core/… and @shared/… as the builds do.
const resolve = { alias: importAliases(import.meta.dirname) }

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'core',
          environment: 'node',
          testTimeout,
          include: ['src/core/**/*.test.ts', 'src/shared/**/*.test.ts']
        }
      },
      {
        resolve,
        test: {
          name: 'main',
          environment: 'node',
          testTimeout,
          include: [
            'src/main/**/*.test.ts',
            'src/preload/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts'
          ]
        }
      },
      {
        resolve,
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          testTimeout,
          include: ['src/renderer/**/*.test.ts', 'src/renderer/**/*.test.tsx'],
          setupFiles: ['src/renderer/src/test-setup.ts']
        }
      }
    ]
  }
})
