// The in-page probe (in-page.js) as the benches in this folder reach it: window.__readerBench.

export interface LongTask {
  start: number
  duration: number
}

export interface Probe {
  state: {
    longtasks: LongTask[]
    lcp: { time: number; size: number; inBody: boolean; tag: string | null }[]
    painted: number | null
  }
  put(puts: { store: string; value: unknown }[]): Promise<void>
  configure(cfg: { blocks: number; spans: [number, number][] }): void
  idle(): Promise<number>
  frames(n: number): Promise<number>
  setSpans(spans: [number, number][]): void
  pane(): {
    top: number
    height: number
    bodyLeft: number
    bodyWidth: number
    scrollTop: number
  }
  hoverPoints(max: number): {
    points: { x: number; y: number }[]
    scrollTop: number
    atEnd: boolean
    pageScrolled: boolean
  }
  tip(): boolean
  longTasksSince(t: number): LongTask[]
}
declare global {
  var __readerBench: Probe
}
