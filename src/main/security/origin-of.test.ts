import { describe, expect, it } from 'vitest'
import { originOf } from './origin-of'

describe('originOf', () => {
  it('gives the custom scheme a real origin (Node would say "null")', () => {
    expect(originOf('app://workbench/index.html')).toBe('app://workbench')
    expect(originOf('APP://Workbench/x')).toBe('app://workbench')
  })

  it('keeps the port of http origins', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173')
  })

  it('is not fooled by user info', () => {
    expect(originOf('app://workbench@evil.example/')).toBe('app://evil.example')
  })

  it('returns null without a host', () => {
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('garbage')).toBeNull()
  })
})
