import { afterEach, describe, expect, it, vi } from 'vitest'
import { docxHtmlInWorker } from './docx-html-in-worker'

afterEach(() => vi.unstubAllGlobals())

/** A worker that never answers, as one stuck on a crafted document would. */
class StalledWorker {
  static made: StalledWorker[] = []
  terminated = false
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: (() => void) | null = null
  constructor() {
    StalledWorker.made.push(this)
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true
  }
}

describe('docxHtmlInWorker', () => {
  it('ends a conversion that takes longer than the limit and says so', async () => {
    vi.stubGlobal('Worker', StalledWorker)
    const result = await docxHtmlInWorker(new Uint8Array([1, 2, 3]), 20)
    expect(result).toEqual({ ok: false, reason: 'timeout' })
    expect(StalledWorker.made.at(-1)?.terminated).toBe(true)
  })

  it('reports a document mammoth cannot read as damaged (in place, without workers)', async () => {
    const result = await docxHtmlInWorker(new TextEncoder().encode('not a zip'))
    expect(result).toEqual({ ok: false, reason: 'damaged' })
  })
})
