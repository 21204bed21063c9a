import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BROWSER_MODE_SENTENCE,
  PROJECT_ROOT,
  browserDataNotice,
  earlyExitExplanation,
  electronArgs,
  parseStartArgs
} from './start.mjs'

describe('parseStartArgs', () => {
  it('defaults to building, Electron and port 4780', () => {
    expect(parseStartArgs([], {})).toEqual({
      port: 4780,
      dataDir: undefined,
      build: true,
      browser: false,
      help: false
    })
  })

  it('reads every flag, in either --flag value or --flag=value form', () => {
    expect(
      parseStartArgs(['--port', '4790', '--data-dir=/tmp/wb', '--no-build', '--browser'], {})
    ).toEqual({ port: 4790, dataDir: '/tmp/wb', build: false, browser: true, help: false })
  })

  it('takes the port from WORKBENCH_PORT unless --port is given', () => {
    expect(parseStartArgs([], { WORKBENCH_PORT: '5000' }).port).toBe(5000)
    expect(parseStartArgs(['--port=5001'], { WORKBENCH_PORT: '5000' }).port).toBe(5001)
    expect(parseStartArgs([], { WORKBENCH_PORT: '' }).port).toBe(4780)
  })

  it('refuses ports outside 1024-65535 and names where they came from', () => {
    expect(() => parseStartArgs(['--port', '80'], {})).toThrow(
      'Invalid port "80" from --port: use a whole number from 1024 to 65535.'
    )
    expect(() => parseStartArgs([], { WORKBENCH_PORT: '70000' })).toThrow(/from WORKBENCH_PORT/)
    expect(() => parseStartArgs(['--port', '12ab'], {})).toThrow(/Invalid port/)
    expect(() => parseStartArgs(['--port', '4780.5'], {})).toThrow(/Invalid port/)
  })

  it('refuses unknown flags, stray arguments and an empty data folder', () => {
    expect(() => parseStartArgs(['--bogus'], {})).toThrow(/bogus/)
    expect(() => parseStartArgs(['extra'], {})).toThrow()
    expect(() => parseStartArgs(['--data-dir', ''], {})).toThrow('--data-dir needs a folder.')
  })

  it('does not validate the port when only help is asked for', () => {
    expect(parseStartArgs(['--help'], { WORKBENCH_PORT: 'x' }).help).toBe(true)
  })
})

describe('electronArgs', () => {
  it('opens the project, passing a chosen data folder as one token', () => {
    expect(
      electronArgs({ dataDir: '/d w', explicit: true, platform: 'darwin', isRoot: false })
    ).toEqual(['.', '--data-dir=/d w'])
    expect(
      electronArgs({ dataDir: '/d', explicit: false, platform: 'darwin', isRoot: false })
    ).toEqual(['.'])
  })

  it('adds --no-sandbox only for root on Linux', () => {
    expect(
      electronArgs({ dataDir: '/d', explicit: false, platform: 'linux', isRoot: true })
    ).toEqual(['.', '--no-sandbox'])
    expect(
      electronArgs({ dataDir: '/d', explicit: false, platform: 'linux', isRoot: false })
    ).toEqual(['.'])
  })
})

describe('browserDataNotice', () => {
  const url = 'http://127.0.0.1:4780/'

  it('says a chosen data folder has no effect, naming where it came from', () => {
    const fromFlag = browserDataNotice({ url, dataDir: '/srv/wb', chosenBy: '--data-dir' })
    expect(fromFlag).toMatch(/^--data-dir \/srv\/wb has no effect here: /)
    const fromEnv = browserDataNotice({ url, dataDir: '/srv/wb', chosenBy: 'WORKBENCH_DATA_DIR' })
    expect(fromEnv).toMatch(/^WORKBENCH_DATA_DIR \(\/srv\/wb\) has no effect here: /)
  })

  it('always says where the data lives instead: the browser profile, per address', () => {
    const where =
      "The workbench's data will live in the profile of the browser you open http://127.0.0.1:4780/ in, kept for that address only (port included): use the same browser and port each time, and download a backup to keep a copy elsewhere."
    expect(browserDataNotice({ url, dataDir: '/home/a/.config/x', chosenBy: null })).toBe(where)
    expect(browserDataNotice({ url, dataDir: '/srv/wb', chosenBy: '--data-dir' })).toContain(where)
  })
})

it('says in one sentence why it is starting in browser mode', () => {
  expect(BROWSER_MODE_SENTENCE).toBe(
    'The Electron runtime is not installed and could not be downloaded, so the workbench is starting in browser mode.'
  )
  expect(BROWSER_MODE_SENTENCE.match(/\./g)).toHaveLength(1)
})

describe('earlyExitExplanation', () => {
  it('names how Electron stopped and the cause found here, then browser mode', () => {
    const sandboxProblem =
      'This system does not let programs create the user namespaces… To fix it once, run:\n  sudo chown root:root x && sudo chmod 4755 x'
    expect(
      earlyExitExplanation({ code: null, signal: 'SIGTRAP', platform: 'linux', sandboxProblem })
    ).toBe(
      [
        'Electron stopped on signal SIGTRAP before its window could open.',
        sandboxProblem,
        'Starting in browser mode instead.'
      ].join('\n')
    )
    expect(
      earlyExitExplanation({ code: 1, signal: null, platform: 'linux', hasDisplay: false })
    ).toBe(
      [
        'Electron stopped with code 1 before its window could open.',
        'There is no display to open it on: neither DISPLAY nor WAYLAND_DISPLAY is set.',
        'Starting in browser mode instead.'
      ].join('\n')
    )
  })

  it('blames no sandbox where none was found', () => {
    const text = earlyExitExplanation({
      code: 3,
      signal: null,
      platform: 'linux',
      hasDisplay: true
    })
    expect(text).not.toMatch(/sandbox/i)
    expect(text).toBe(
      [
        'Electron stopped with code 3 before its window could open.',
        'What Electron printed above says why.',
        'Starting in browser mode instead.'
      ].join('\n')
    )
  })
})

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (typeof address !== 'object' || !address) throw new Error('no port')
  return address.port
}

interface Run {
  output: () => string
  exited: Promise<number | null>
  waitFor: (text: string) => Promise<void>
  kill: (signal: NodeJS.Signals) => void
}

function startScript(args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts', 'start.mjs'), ...args],
    {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let text = ''
  const listeners = new Set<() => void>()
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf-8')
    for (const listener of listeners) listener()
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return {
    output: () => text,
    exited,
    kill: (signal) => child.kill(signal),
    waitFor: (wanted) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (text.includes(wanted)) {
            listeners.delete(check)
            resolve()
          }
        }
        listeners.add(check)
        check()
        exited.then(() => reject(new Error(`exited before printing "${wanted}":\n${text}`)))
      })
  }
}

describe('npm start --browser', () => {
  let dataDir: string | undefined
  let rendererDir: string | undefined
  const started: Run[] = []
  afterEach(async () => {
    // A failed expectation must not leave a server running: stop whatever is still up.
    for (const run of started.splice(0)) {
      run.kill('SIGKILL')
      await run.exited
    }
    for (const dir of [dataDir, rendererDir]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('serves the workbench, refuses a second start on the port, and stops on SIGINT', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'wb-start-'))
    rendererDir = mkdtempSync(path.join(tmpdir(), 'wb-renderer-'))
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>fixture</title>')
    const port = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      WORKBENCH_DATA_DIR: dataDir,
      WORKBENCH_RENDERER_DIR: rendererDir
    }
    // No display: it must only print the address, never open a window during tests.
    delete env.DISPLAY
    delete env.WAYLAND_DISPLAY
    const url = `http://127.0.0.1:${port}/`

    const first = startScript(
      ['--no-build', '--browser', '--port', String(port), '--data-dir', dataDir],
      env
    )
    started.push(first)
    await first.waitFor(`The workbench is running at ${url}`)
    await first.waitFor('so no window was opened')
    // Without a window of its own the chosen folder cannot hold the data: it says so.
    await first.waitFor(`--data-dir ${dataDir} has no effect here`)
    await first.waitFor(`the profile of the browser you open ${url} in`)
    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")

    const second = startScript(['--no-build', '--browser', '--port', String(port)], env)
    started.push(second)
    expect(await second.exited).toBe(1)
    expect(second.output()).toContain(
      `Port ${port} is already in use — is the workbench already running?`
    )

    first.kill('SIGINT')
    expect(await first.exited).toBe(0)
    await expect(fetch(url)).rejects.toThrow()
  }, 20_000)
})

describe('npm start with an Electron that cannot start', () => {
  const started: Run[] = []
  const dirs: string[] = []
  afterEach(async () => {
    for (const run of started.splice(0)) {
      run.kill('SIGKILL')
      await run.exited
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  /** A stand-in Electron runtime (ELECTRON_OVERRIDE_DIST_PATH) that runs `script` as its binary. */
  async function withFakeElectron(
    script: string
  ): Promise<{ env: NodeJS.ProcessEnv; port: number }> {
    const dist = mkdtempSync(path.join(tmpdir(), 'wb-fake-electron-'))
    const dataDir = mkdtempSync(path.join(tmpdir(), 'wb-start-'))
    const rendererDir = mkdtempSync(path.join(tmpdir(), 'wb-renderer-'))
    dirs.push(dist, dataDir, rendererDir)
    writeFileSync(path.join(dist, 'electron'), `#!/bin/sh\n${script}\n`)
    chmodSync(path.join(dist, 'electron'), 0o755)
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>fixture</title>')
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ELECTRON_OVERRIDE_DIST_PATH: dist,
      WORKBENCH_DATA_DIR: dataDir,
      WORKBENCH_RENDERER_DIR: rendererDir
    }
    delete env.DISPLAY
    delete env.WAYLAND_DISPLAY
    return { env, port: await freePort() }
  }

  it.runIf(process.platform !== 'win32')(
    'explains an abort before the window (SIGTRAP, as the blocked sandbox does) and starts browser mode',
    async () => {
      const { env, port } = await withFakeElectron('kill -TRAP $$')
      const run = startScript(['--no-build', '--port', String(port)], env)
      started.push(run)
      await run.waitFor('Electron stopped on signal SIGTRAP before its window could open.')
      await run.waitFor('Starting in browser mode instead.')
      await run.waitFor(`The workbench is running at http://127.0.0.1:${port}/`)
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200)
      run.kill('SIGINT')
      expect(await run.exited).toBe(0)
    },
    20_000
  )

  it.runIf(process.platform !== 'win32')(
    'passes on the exit code of an Electron that started and failed later, without browser mode',
    async () => {
      const { env, port } = await withFakeElectron(': > "$WORKBENCH_STARTED_FILE"; exit 3')
      const run = startScript(['--no-build', '--port', String(port)], env)
      started.push(run)
      expect(await run.exited).toBe(3)
      expect(run.output()).not.toContain('browser mode')
      expect(run.output()).not.toContain('The workbench is running')
    },
    20_000
  )
})
