import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { announceStarted } from './announce-started'

let dir: string | null = null
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

describe('announceStarted', () => {
  it('creates the file npm start named, when unpackaged', () => {
    dir = mkdtempSync(join(tmpdir(), 'wb-started-'))
    const file = join(dir, 'started')
    announceStarted({ WORKBENCH_STARTED_FILE: file }, false)
    expect(existsSync(file)).toBe(true)
  })

  it('writes nothing when packaged or not asked, and never throws', () => {
    const written: string[] = []
    const write = (file: string): void => void written.push(file)
    announceStarted({ WORKBENCH_STARTED_FILE: '/tmp/x' }, true, write)
    announceStarted({}, false, write)
    expect(written).toEqual([])
    expect(() =>
      announceStarted({ WORKBENCH_STARTED_FILE: '/no/such/folder/started' }, false)
    ).not.toThrow()
  })
})
