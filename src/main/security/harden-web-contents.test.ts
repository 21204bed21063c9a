import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { hardenWebContents, type HardenableContents } from './harden-web-contents'

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    }
  }
  const event = (fields: object = {}) => ({
    ...fields,
    prevented: false,
    preventDefault() {
      this.prevented = true
    }
  })
  return {
    contents: contents as unknown as HardenableContents,
    navigate(url: string) {
      const e = event({ url })
      emitter.emit('will-navigate', e, url)
      return e.prevented
    },
    attachWebview() {
      const e = event()
      emitter.emit('will-attach-webview', e, {}, {})
      return e.prevented
    },
    open: (url: string) => openHandler?.({ url })
  }
}

describe('hardenWebContents', () => {
  const setup = () => {
    const fake = fakeContents()
    const openExternal = vi.fn(() => Promise.resolve())
    hardenWebContents(fake.contents, { allowedOrigin: 'app://workbench', openExternal })
    return { fake, openExternal }
  }

  it('allows navigation within the workbench origin only', () => {
    const { fake } = setup()
    expect(fake.navigate('app://workbench/index.html#/notes')).toBe(false)
    expect(fake.navigate('https://example.com/')).toBe(true)
    expect(fake.navigate('file:///etc/passwd')).toBe(true)
    expect(fake.navigate('app://other/')).toBe(true)
  })

  it('denies every new window but hands safe links to the browser', () => {
    const { fake, openExternal } = setup()
    expect(fake.open('https://example.com/story')).toEqual({ action: 'deny' })
    expect(fake.open('mailto:desk@example.com')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(2)
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledTimes(2)
  })

  it('blocks <webview>', () => {
    expect(setup().fake.attachWebview()).toBe(true)
  })
})
