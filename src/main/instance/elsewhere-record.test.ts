import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ELSEWHERE_FILE,
  forgetElsewhere,
  forwardedDataDir,
  recordElsewhere
} from './elsewhere-record'
import { recordInstance } from './instance-record'

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

const LINK = 'workbench://article/a1#annotation=n1'
const RUNNING = 4242
const alive = (pid: number): boolean => pid === RUNNING

function setUp(): string {
  dir = mkdtempSync(join(tmpdir(), 'wb-elsewhere-'))
  recordElsewhere(dir, '/cases/kharkiv', RUNNING)
  return dir
}

const start = (argv: string[], extra: { env?: Record<string, string>; files?: string[] } = {}) =>
  forwardedDataDir(
    {
      argv: ['workbench', ...argv],
      env: extra.env ?? {},
      defaultDir: dir,
      selfPid: 7,
      files: extra.files ?? []
    },
    { alive }
  )

describe('forwardedDataDir', () => {
  it('sends a link or a file to the workbench running on another folder', () => {
    setUp()
    expect(start([LINK])).toBe('/cases/kharkiv')
    expect(start(['report.pdf'], { files: ['/home/a/report.pdf'] })).toBe('/cases/kharkiv')
  })

  it('leaves a plain start, an explicit folder and the default folder’s own workbench alone', () => {
    setUp()
    expect(start([])).toBeUndefined()
    expect(start([LINK, '--data-dir', '/other'])).toBeUndefined()
    expect(start([LINK], { env: { WORKBENCH_DATA_DIR: '/other' } })).toBeUndefined()
    recordInstance(dir, RUNNING)
    expect(start([LINK])).toBeUndefined()
  })

  it('ignores a record whose workbench has ended, or that cannot be read', () => {
    setUp()
    expect(
      forwardedDataDir(
        { argv: [LINK], env: {}, defaultDir: dir, selfPid: 7, files: [] },
        { alive: () => false }
      )
    ).toBeUndefined()
    writeFileSync(join(dir, ELSEWHERE_FILE), '{"pid": 4242}')
    expect(start([LINK])).toBeUndefined()
  })
})

describe('forgetElsewhere', () => {
  it('removes the record only while it is still this process’s', () => {
    setUp()
    forgetElsewhere(dir, 99)
    expect(existsSync(join(dir, ELSEWHERE_FILE))).toBe(true)
    forgetElsewhere(dir, RUNNING)
    expect(existsSync(join(dir, ELSEWHERE_FILE))).toBe(false)
  })
})
