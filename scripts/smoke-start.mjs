// One start of the BUILT main process under the Electron stub, in its own Node process, for the
// start-up paths a single smoke run cannot take twice: the single-instance lock refused, and a
// link opened while a workbench runs on a --data-dir folder. Arguments after the script name are
// the app's command line; ELECTRON_STUB_* variables set the stub's answers. Prints the stub's
// recorded calls as one JSON line once the start has quit or opened its window (at most 5 s).
import { register } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
register('./electron-stub-loader.mjs', import.meta.url)
const { stub } = await import('./electron-stub.mjs')
await import(pathToFileURL(join(root, 'out/main/index.js')).href)
// Chromium comes up: what the start does once ready (a dialog, a window) is part of the answer.
stub.emitReady()
const settled = () => stub.quitted === true || stub.windows.length > 0
for (let i = 0; i < 500 && !settled(); i++) await new Promise((r) => setTimeout(r, 10))
process.stdout.write(`${JSON.stringify({ calls: stub.calls, quitted: stub.quitted === true })}\n`)
process.exit(0)
