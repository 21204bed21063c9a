import type { Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** Runs `run` soon; the returned function cancels it. */
export type ScheduleSoon = (run: () => void) => () => void

/**
 * Whichever comes first of the next task and the next animation frame: a task when the thread is
 * free, and at the latest the frame that would have painted the key anyway.
 */
export const nextTaskOrFrame: ScheduleSoon = (run) => {
  let done = false
  const once = (): void => {
    if (done) return
    done = true
    run()
  }
  const channel = new MessageChannel()
  channel.port1.onmessage = once
  channel.port2.postMessage(null)
  const frame = requestAnimationFrame(once)
  return () => {
    done = true
    cancelAnimationFrame(frame)
    channel.port1.close()
  }
}

interface Pending {
  from: number
  to: number
  text: string
}

/**
 * A typed character waiting to be put into the document, just after the key event that typed it.
 * Its range follows any transaction that comes first, so it lands where it was typed.
 */
export class TypedTextBuffer {
  private pending: Pending | null = null
  private cancel: (() => void) | null = null

  constructor(
    private readonly view: () => EditorView | null,
    private readonly schedule: ScheduleSoon = nextTaskOrFrame
  ) {}

  /** Whether a typed character is waiting. */
  get waiting(): boolean {
    return this.pending !== null
  }

  /** Replaces from–to with `text` soon (after anything already waiting). */
  type(from: number, to: number, text: string): void {
    if (this.pending) this.flush()
    this.pending = { from, to, text }
    this.cancel = this.schedule(() => this.flush())
  }

  /** Moves the waiting range through a transaction applied before it. */
  map(tr: Transaction): void {
    if (!this.pending || !tr.docChanged) return
    const from = tr.mapping.map(this.pending.from, 1)
    const to = Math.max(from, tr.mapping.map(this.pending.to, -1))
    this.pending = { ...this.pending, from, to }
  }

  /** Puts the waiting character into the document now, as typed text (input rules included). */
  flush(): void {
    this.cancel?.()
    this.cancel = null
    const pending = this.pending
    this.pending = null
    const view = this.view()
    if (!pending || !view || view.isDestroyed) return
    const { from, to, text } = pending
    const deflt = (): Transaction => view.state.tr.insertText(text, from, to).scrollIntoView()
    if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, deflt)))
      view.dispatch(deflt())
  }
}
