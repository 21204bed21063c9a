import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDialogFolders } from './dialog-folders'

let dataDir = ''
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

describe('createDialogFolders', () => {
  it('starts in Documents, then where each kind of dialog was last used, also after a restart', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wb-folders-'))
    const folders = createDialogFolders({ dataDir, defaultDir: '/home/a/Documents' })
    expect(folders.folderFor('import')).toBe('/home/a/Documents')
    folders.remember('import', '/home/a/Reports/strike.pdf')
    folders.remember('backup', '/media/usb/workbench-backup.json')
    expect(folders.folderFor('import')).toBe('/home/a/Reports')
    expect(folders.folderFor('export')).toBe('/home/a/Documents')
    const again = createDialogFolders({ dataDir, defaultDir: '/home/a/Documents' })
    expect(again.folderFor('import')).toBe('/home/a/Reports')
    expect(again.folderFor('backup')).toBe('/media/usb')
    expect(JSON.parse(readFileSync(join(dataDir, 'dialog-folders.json'), 'utf-8'))).toEqual({
      import: '/home/a/Reports',
      backup: '/media/usb'
    })
  })

  it('ignores a damaged or foreign file, and relative folders in it', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wb-folders-'))
    writeFileSync(join(dataDir, 'dialog-folders.json'), '{"import": 42')
    expect(createDialogFolders({ dataDir, defaultDir: '/docs' }).folderFor('import')).toBe('/docs')
    writeFileSync(join(dataDir, 'dialog-folders.json'), '{"import": "../../etc", "export": "/b"}')
    const folders = createDialogFolders({ dataDir, defaultDir: '/docs' })
    expect(folders.folderFor('import')).toBe('/docs')
    expect(folders.folderFor('export')).toBe('/b')
    writeFileSync(join(dataDir, 'dialog-folders.json'), '{"backup": 7}')
    expect(createDialogFolders({ dataDir, defaultDir: '/docs' }).folderFor('backup')).toBe('/docs')
  })

  it('keeps working when the file cannot be written', () => {
    const folders = createDialogFolders({
      dataDir: '/nowhere',
      defaultDir: '/docs',
      read: () => {
        throw new Error('ENOENT')
      },
      write: () => {
        throw new Error('EROFS')
      }
    })
    folders.remember('export', '/home/a/Briefs/brief.docx')
    expect(folders.folderFor('export')).toBe('/home/a/Briefs')
  })
})
