import { describe, expect, it } from 'vitest'
import {
  clampWindowState,
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  serializeWindowState,
  type Rect
} from './window-state'

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 }

describe('parseWindowState', () => {
  it('reads a saved state back', () => {
    const state = { x: 10, y: 20, width: 1000, height: 700, isMaximized: true }
    expect(parseWindowState(serializeWindowState(state))).toEqual(state)
  })

  it('defaults isMaximized and allows a missing position', () => {
    expect(parseWindowState('{"width":900,"height":600}')).toEqual({
      width: 900,
      height: 600,
      isMaximized: false
    })
  })

  it.each([
    null,
    '',
    'not json',
    '[]',
    '{"width":"900","height":600}',
    '{"width":0,"height":600}',
    '{"width":900.5,"height":600}',
    '{"width":900,"height":600,"x":10}',
    '{"width":1e12,"height":600}',
    '{"width":900,"height":600,"isMaximized":"yes"}'
  ])('rejects %j', (text) => {
    expect(parseWindowState(text)).toBeNull()
  })
})

describe('clampWindowState', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    expect(clampWindowState(null, [primary])).toEqual({
      ...DEFAULT_WINDOW_SIZE,
      isMaximized: false
    })
  })

  it('keeps a state that fits', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, isMaximized: false }
    expect(clampWindowState(state, [primary])).toEqual(state)
  })

  it('keeps a window on a secondary display', () => {
    const state = { x: 2000, y: 100, width: 1000, height: 700, isMaximized: true }
    expect(clampWindowState(state, [primary, right])).toEqual(state)
  })

  it('drops the position when its display is gone', () => {
    const state = { x: 2000, y: 100, width: 1000, height: 700, isMaximized: false }
    expect(clampWindowState(state, [primary])).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false
    })
  })

  it('pulls a partly off-screen window fully into view', () => {
    const state = { x: -300, y: 900, width: 1000, height: 700, isMaximized: false }
    expect(clampWindowState(state, [primary])).toEqual({
      x: 0,
      y: 340,
      width: 1000,
      height: 700,
      isMaximized: false
    })
  })

  it('shrinks a window larger than its display', () => {
    const state = { x: 1950, y: 0, width: 3000, height: 2000, isMaximized: false }
    expect(clampWindowState(state, [primary, right])).toMatchObject({
      x: 1920,
      y: 0,
      width: 1280,
      height: 984
    })
  })

  it('grows a tiny window to the minimum size', () => {
    const state = { width: 10, height: 10, isMaximized: false }
    expect(clampWindowState(state, [primary])).toEqual({ ...MIN_WINDOW_SIZE, isMaximized: false })
  })

  it('returns the state unchanged when no display is known', () => {
    const state = { x: 5, y: 5, width: 800, height: 600, isMaximized: false }
    expect(clampWindowState(state, [])).toEqual(state)
  })
})
