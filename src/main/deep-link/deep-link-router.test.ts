import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createDeepLinkRouter, linkFromArgv, type LinkWindow } from './deep-link-router'
import { installDeepLinks, type DeepLinkApp } from './install-deep-links'

function fakeWindow(loading = false) {
  const events = new EventEmitter()
  const sent: [string, unknown][] = []
  let destroyed = false
  const win: LinkWindow = {
    isDestroyed: () => destroyed,
    webContents: {
      isLoading: () => loading,
      once: ((event: string, listener: () => void) => {
        events.once(event, listener)
      }) as unknown as LinkWindow['webContents']['once'],
      send: (channel: string, payload: unknown) => void sent.push([channel, payload])
    }
  }
  return {
    win,
    sent,
    finishLoading() {
      loading = false
      events.emit('did-finish-load')
    },
    destroy() {
      destroyed = true
    },
    listenerCount: () => events.listenerCount('did-finish-load')
  }
}

const LINK = 'workbench://article/art-1#annotation=ann-7'

describe('createDeepLinkRouter', () => {
  it('sends a valid link to a loaded window on app:open-link', () => {
    const router = createDeepLinkRouter()
    const w = fakeWindow()
    router.attach(w.win)
    expect(router.receive(LINK)).toBe(true)
    expect(w.sent).toEqual([['app:open-link', LINK]])
  })

  it('refuses anything that is not exactly a workbench link, and sends nothing', () => {
    const router = createDeepLinkRouter()
    const w = fakeWindow()
    router.attach(w.win)
    for (const bad of [
      'https://example.com/article/1',
      'workbench://article/../../etc#annotation=x',
      'workbench://article/a b',
      'workbench://settings/wipe',
      'workbench://article/a1#annotation=<script>',
      ''
    ])
      expect(router.receive(bad), bad).toBe(false)
    expect(w.sent).toEqual([])
  })

  it('passes on the link re-written from its parsed form, a trailing slash dropped', () => {
    const router = createDeepLinkRouter()
    const w = fakeWindow()
    router.attach(w.win)
    router.receive('  workbench://article/art%2D1/')
    expect(w.sent).toEqual([['app:open-link', 'workbench://article/art-1']])
  })

  it('holds links that arrive before the window exists, and delivers them once it has loaded', () => {
    const onNoWindow = vi.fn()
    const router = createDeepLinkRouter({ onNoWindow })
    router.receive(LINK)
    router.receive('workbench://article/art-2#event=ev-1')
    expect(onNoWindow).toHaveBeenCalledTimes(2)
    const w = fakeWindow(true)
    router.attach(w.win)
    router.receive('workbench://article/art-3')
    expect(w.sent).toEqual([])
    expect(w.listenerCount()).toBe(1)
    w.finishLoading()
    expect(w.sent.map(([, link]) => link)).toEqual([
      LINK,
      'workbench://article/art-2#event=ev-1',
      'workbench://article/art-3'
    ])
    expect(onNoWindow).toHaveBeenCalledTimes(2)
  })

  it('asks for a window when the one it had was closed, and keeps the link for the new one', () => {
    const onNoWindow = vi.fn()
    const router = createDeepLinkRouter({ onNoWindow })
    const first = fakeWindow()
    router.attach(first.win)
    first.destroy()
    router.receive(LINK)
    expect(onNoWindow).toHaveBeenCalledTimes(1)
    expect(first.sent).toEqual([])
    const second = fakeWindow()
    router.attach(second.win)
    expect(second.sent).toEqual([['app:open-link', LINK]])
  })
})

describe('linkFromArgv', () => {
  it('finds the workbench link among the arguments', () => {
    expect(linkFromArgv(['/opt/aw/workbench', '--data-dir=/tmp/x', LINK])).toBe(LINK)
    expect(linkFromArgv(['C:\\aw.exe', 'WORKBENCH://article/a'])).toBe('WORKBENCH://article/a')
    expect(linkFromArgv(['/opt/aw/workbench', '--flag'])).toBeNull()
  })
})

function fakeApp(isPackaged: boolean) {
  const emitter = new EventEmitter()
  const app = {
    isPackaged,
    setAsDefaultProtocolClient: vi.fn(() => true),
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener)
  }
  return { app: app as unknown as DeepLinkApp, emitter, setDefault: app.setAsDefaultProtocolClient }
}

describe('installDeepLinks', () => {
  const setup = (isPackaged: boolean, argv: string[] = ['/opt/aw/workbench']) => {
    const { app, emitter, setDefault } = fakeApp(isPackaged)
    const router = { receive: vi.fn(() => true), attach: vi.fn() }
    installDeepLinks(app, router, argv)
    return { emitter, setDefault, router }
  }

  it('registers the workbench scheme for an installed app only', () => {
    expect(setup(true).setDefault).toHaveBeenCalledWith('workbench')
    expect(setup(false).setDefault).not.toHaveBeenCalled()
  })

  it('takes the link the app was started with', () => {
    const { router } = setup(false, ['/opt/aw/workbench', LINK])
    expect(router.receive).toHaveBeenCalledWith(LINK)
  })

  it('takes links handed over by a second instance and by macOS open-url', () => {
    const { emitter, router } = setup(false)
    expect(router.receive).not.toHaveBeenCalled()
    emitter.emit('second-instance', {}, ['/opt/aw/workbench', '--x', LINK], '/home')
    emitter.emit('second-instance', {}, ['/opt/aw/workbench'], '/home')
    const event = { preventDefault: vi.fn() }
    emitter.emit('open-url', event, 'workbench://article/mac')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(router.receive.mock.calls).toEqual([[LINK], ['workbench://article/mac']])
  })
})
