import { describe, expect, it } from 'vitest'
import { createSenderCheck } from './trusted-sender'

describe('createSenderCheck', () => {
  const isTrusted = createSenderCheck(['app://workbench'])

  it('accepts the workbench origin', () => {
    expect(isTrusted({ url: 'app://workbench/index.html' })).toBe(true)
    expect(isTrusted({ url: 'app://workbench/' })).toBe(true)
  })

  it('rejects null, undefined and foreign frames', () => {
    expect(isTrusted(null)).toBe(false)
    expect(isTrusted(undefined)).toBe(false)
    expect(isTrusted({ url: 'https://evil.example/' })).toBe(false)
    expect(isTrusted({ url: 'app://evil/' })).toBe(false)
    expect(isTrusted({ url: 'app://workbench@evil/' })).toBe(false)
    expect(isTrusted({ url: 'file:///app/out/renderer/index.html' })).toBe(false)
    expect(isTrusted({ url: 'about:blank' })).toBe(false)
    expect(isTrusted({ url: '' })).toBe(false)
  })

  it('accepts the dev server only when it is listed', () => {
    expect(isTrusted({ url: 'http://localhost:5173/' })).toBe(false)
    const inDev = createSenderCheck(['app://workbench', 'http://localhost:5173'])
    expect(inDev({ url: 'http://localhost:5173/src/main.tsx' })).toBe(true)
    expect(inDev({ url: 'http://localhost:5174/' })).toBe(false)
  })

  it('rejects a frame whose url getter throws (disposed frame)', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed')
      }
    }
    expect(isTrusted(disposed)).toBe(false)
  })
})
