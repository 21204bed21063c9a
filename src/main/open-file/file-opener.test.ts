import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFileOpener, filesFromArgv } from './file-opener'

vi.mock('electron', () => ({}))

function fakeWindow(loading = false) {
  const loaded: (() => void)[] = []
  const win = {
    destroyed: false,
    isDestroyed: () => win.destroyed,
    webContents: {
      isLoading: () => loading,
      once: (_event: string, listener: () => void) => void loaded.push(listener),
      send: vi.fn()
    },
    finishLoading: () => {
      loading = false
      loaded.splice(0).forEach((l) => l())
    }
  }
  return win
}

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = ''
})

describe('createFileOpener', () => {
  it('reads a file with Import…’s checks and sends it once the page has loaded', async () => {
    dir = await mkdtemp(join(tmpdir(), 'wb-open-'))
    const path = join(dir, 'strike report.txt')
    await writeFile(path, 'Airstrikes hit the depot.')
    const onNoWindow = vi.fn()
    const opener = createFileOpener({ onNoWindow })
    await opener.receive(path)
    expect(onNoWindow).toHaveBeenCalledTimes(1)
    const win = fakeWindow(true)
    opener.attach(win as never)
    expect(win.webContents.send).not.toHaveBeenCalled()
    win.finishLoading()
    const [channel, file] = win.webContents.send.mock.calls[0]!
    expect(channel).toBe('app:open-file')
    expect(file.fileName).toBe('strike report.txt')
    expect(new TextDecoder().decode(file.bytes)).toBe('Airstrikes hit the depot.')
  })

  it('sends why a file could not be read: a type the importer does not read, a missing file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'wb-open-'))
    await writeFile(join(dir, 'tool.exe'), 'MZ')
    const opener = createFileOpener()
    const win = fakeWindow()
    opener.attach(win as never)
    await opener.receive(join(dir, 'tool.exe'))
    await opener.receive(join(dir, 'gone.pdf'))
    const sent = win.webContents.send.mock.calls.map((call) => call[1])
    expect(sent[0]).toEqual({
      fileName: 'tool.exe',
      error: expect.stringMatching(/^tool\.exe is not an article file the workbench can import/)
    })
    expect(sent[1]).toEqual({
      fileName: 'gone.pdf',
      error: expect.stringMatching(/^Could not read gone\.pdf: .+\.$/)
    })
    expect(sent.every((m) => !('bytes' in m))).toBe(true)
  })
})

describe('filesFromArgv', () => {
  it('finds the files of types the importer reads, resolved against the working folder', () => {
    expect(
      filesFromArgv(
        [
          '/opt/Analyst Workbench/analyst-workbench',
          '.',
          '--data-dir=/media/usb/wb',
          'workbench://article/a1',
          'reports/strike.PDF',
          '/home/a/mail.eml',
          'notes.odt'
        ],
        '/home/a'
      )
    ).toEqual(['/home/a/reports/strike.PDF', '/home/a/mail.eml'])
  })

  it('reads the file:// URLs a Linux desktop entry passes (%U), and no other URL', () => {
    expect(
      filesFromArgv(
        [
          'analyst-workbench',
          'file:///home/a/Saved%20pages/Strike%20report.html',
          'file:///home/a/ok.txt',
          'https://example.org/report.pdf',
          'smb://server/share/report.pdf',
          'file://%%bad.pdf'
        ],
        '/home/a'
      )
    ).toEqual(['/home/a/Saved pages/Strike report.html', '/home/a/ok.txt'])
  })
})
