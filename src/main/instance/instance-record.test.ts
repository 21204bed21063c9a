import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lockFailedMessage, lockRefusal, processAlive, recordInstance } from './instance-record'

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

describe('lockRefusal', () => {
  it('is another instance when the folder’s recorded workbench process is alive', () => {
    dir = mkdtempSync(join(tmpdir(), 'wb-instance-'))
    recordInstance(dir, process.pid)
    // This test's own process stands for the running workbench; a new one asks.
    expect(lockRefusal(dir, process.pid + 1)).toBe('another-instance')
  })

  it('is a failed lock with no record, a dead process, our own pid or a damaged file', () => {
    dir = mkdtempSync(join(tmpdir(), 'wb-instance-'))
    expect(lockRefusal(dir, 4242)).toBe('lock-failed')
    recordInstance(dir, 999_999)
    expect(lockRefusal(dir, 4242, { alive: () => false })).toBe('lock-failed')
    recordInstance(dir, 4242)
    expect(lockRefusal(dir, 4242, { alive: () => true })).toBe('lock-failed')
    expect(lockRefusal(dir, 1, { read: () => '{"pid": "x"}', alive: () => true })).toBe(
      'lock-failed'
    )
  })

  it('says why it did not start and what to do', () => {
    expect(lockFailedMessage('/media/usb/wb')).toMatch(
      /only copy using the data folder \/media\/usb\/wb, so it did not start .*\(FAT or exFAT/
    )
    expect(lockFailedMessage('/media/usb/wb')).toMatch(/delete the file SingletonLock in it/)
  })
})

describe('processAlive', () => {
  it('knows this process, and an unknown pid is not alive', () => {
    expect(processAlive(process.pid)).toBe(true)
    expect(
      processAlive(1234, () => {
        throw Object.assign(new Error('no such process'), { code: 'ESRCH' })
      })
    ).toBe(false)
    expect(
      processAlive(1, () => {
        throw Object.assign(new Error('not permitted'), { code: 'EPERM' })
      })
    ).toBe(true)
  })
})
