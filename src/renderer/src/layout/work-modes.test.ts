import { describe, expect, it } from 'vitest'
import {
  defaultModeLayout,
  fitLayout,
  foldedIn,
  isWorkMode,
  openPanes,
  PANE_IDS,
  PANE_LIMITS,
  parseStoredLayout,
  RAIL_PCT,
  WORK_MODES,
  type PaneId
} from './work-modes'

const sum = (layout: Record<PaneId, number>): number => PANE_IDS.reduce((s, p) => s + layout[p], 0)
const px = (layout: Record<PaneId, number>, pane: PaneId, width: number): number =>
  (layout[pane] * width) / 100

describe('work modes', () => {
  it('each mode shows the panes of its job', () => {
    expect(openPanes('read')).toEqual(['library', 'reader', 'side'])
    expect(openPanes('code')).toEqual(['reader', 'events'])
    expect(openPanes('write')).toEqual(['library', 'reader', 'side'])
  })

  it('has one Alt digit per mode', () => {
    expect(new Set(WORK_MODES.map((m) => m.digit)).size).toBe(WORK_MODES.length)
    expect(WORK_MODES.every((m) => isWorkMode(m.id))).toBe(true)
    expect(isWorkMode('overview')).toBe(false)
  })

  for (const width of [1366, 1440, 1920])
    for (const { id } of WORK_MODES)
      it(`${id} at ${width}px sums to 100 and keeps every open pane within its limits`, () => {
        const layout = defaultModeLayout(id, width)
        expect(sum(layout)).toBeCloseTo(100, 2)
        const folded = foldedIn(layout)
        for (const p of PANE_IDS) {
          if (folded[p]) continue
          expect(px(layout, p, width)).toBeGreaterThanOrEqual(PANE_LIMITS[p].min)
          const max = PANE_LIMITS[p].max
          if (max) expect(px(layout, p, width)).toBeLessThanOrEqual(max)
        }
        expect(PANE_IDS.filter((p) => !folded[p])).toEqual(openPanes(id))
      })

  it('gives Write’s notes and Code’s events the wider share at 1366', () => {
    const write = defaultModeLayout('write', 1366)
    expect(write.side).toBeGreaterThan(write.reader)
    expect(px(write, 'side', 1366)).toBeGreaterThan(560)
    const code = defaultModeLayout('code', 1366)
    expect(code.events).toBeGreaterThan(code.reader)
    expect(px(code, 'events', 1366)).toBeGreaterThan(700)
  })
})

describe('remembered layouts', () => {
  it('reads back a layout of these panes, and nothing else', () => {
    const good = { library: 15, reader: 50, side: 32.5, events: 2.5 }
    expect(parseStoredLayout(JSON.stringify(good))).toEqual(good)
    expect(parseStoredLayout(null)).toBeNull()
    expect(parseStoredLayout('not json')).toBeNull()
    expect(parseStoredLayout(JSON.stringify({ reader: 52, side: 26, events: 22 }))).toBeNull()
    expect(parseStoredLayout(JSON.stringify({ ...good, reader: '50' }))).toBeNull()
    expect(parseStoredLayout(JSON.stringify({ ...good, reader: 80 }))).toBeNull()
    expect(parseStoredLayout(JSON.stringify({ ...good, extra: 1 }))).toBeNull()
  })

  it('fits a folded pane to exactly its rail, the open panes sharing the difference', () => {
    const fitted = fitLayout({ library: 0.2, reader: 60, side: 37.1, events: 2.7 })
    expect(fitted.library).toBe(0)
    expect(fitted.events).toBe(RAIL_PCT)
    expect(sum(fitted)).toBeCloseTo(100, 3)
    expect(fitted.reader / fitted.side).toBeCloseTo(60 / 37.1, 2)
  })
})
