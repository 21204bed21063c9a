import type { Node as PMNode } from '@tiptap/pm/model'
import type { NodeView } from '@tiptap/pm/view'
import type { CitedAnnotation, NoteLookups } from '../live/note-lookups'
import {
  normaliseGrade,
  normaliseStatus,
  resolveCitedQuote,
  type CitedQuoteAttrs,
  type CitedQuoteStatus
} from './cited-quote-attrs'
import { iconElement } from '../../../ui/icon-paths'

const STATUS_NOTE = {
  exact: '',
  drifted: 'The passage changed since it was quoted: check it.',
  orphaned: 'The passage can no longer be found in the article.'
} as const

/** What a cited quote shows. */
export interface CitedQuoteDisplay {
  annotationId: string
  quote: string
  grade: string | null
  status: CitedQuoteStatus
  /** The annotation is gone: the quote is the cached copy. */
  deleted: boolean
  /** Title of the deleted article the annotation went with, if it went with one. */
  deletedArticle: string | null
  title: string
}

/**
 * What a cited quote shows: the live quote and grade when the records are loaded, the cached
 * copy (as saved) while they load, marked when the annotation was deleted.
 */
export function citedQuoteDisplay(
  cached: CitedQuoteAttrs,
  live: CitedAnnotation | undefined,
  ready: boolean,
  deletedWith?: string
): CitedQuoteDisplay {
  const shown = ready ? resolveCitedQuote(cached, live) : cached
  const deleted = ready && live === undefined
  const deletedArticle = deleted ? (deletedWith ?? null) : null
  const note =
    deletedArticle !== null
      ? `Its article “${deletedArticle}” was deleted; this is the quote as last saved.`
      : deleted
        ? 'The annotation was deleted; this is the quote as last saved.'
        : STATUS_NOTE[shown.status]
  const title = [
    shown.grade ? `Grade ${shown.grade}` : 'Not graded',
    note,
    'Click to show the passage.'
  ]
    .filter((t) => t !== '')
    .join('\n')
  return { ...shown, deleted, deletedArticle, title }
}

function cachedAttrs(node: PMNode): CitedQuoteAttrs {
  return {
    annotationId: String(node.attrs.annotationId ?? ''),
    quote: String(node.attrs.quote ?? ''),
    grade: normaliseGrade(node.attrs.grade),
    status: normaliseStatus(node.attrs.status)
  }
}

type CitedQuoteLookups = Pick<
  NoteLookups,
  'getAnnotation' | 'subscribe' | 'isReady' | 'getDeletedArticle'
>

/**
 * A cited quote drawn with the DOM, not React: a note holds hundreds, and React node views cost
 * a renderer, a portal and a re-render of the editor's portal list each (quadratic when a long
 * note opens). It reads the lookups when created, when its node changes and when they fire.
 */
export class CitedQuoteView implements NodeView {
  readonly dom: HTMLElement
  private readonly inner: HTMLElement
  private shownKey = ''
  private selected = false
  private readonly unsubscribe: () => void

  constructor(
    private node: PMNode,
    private readonly lookups: CitedQuoteLookups,
    onOpen: (annotationId: string) => void
  ) {
    const doc = document
    this.dom = doc.createElement('span')
    this.dom.className = 'cited-quote-node'
    this.dom.contentEditable = 'false'
    this.dom.draggable = true
    this.inner = doc.createElement('span')
    this.inner.addEventListener('click', () => onOpen(cachedAttrs(this.node).annotationId))
    this.dom.append(this.inner)
    this.render()
    this.unsubscribe = lookups.subscribe(() => this.render())
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false
    this.node = node
    this.render()
    return true
  }

  selectNode(): void {
    this.selected = true
    this.dom.classList.add('ProseMirror-selectednode')
    this.render()
  }

  deselectNode(): void {
    this.selected = false
    this.dom.classList.remove('ProseMirror-selectednode')
    this.render()
  }

  /** Its DOM is its own: ProseMirror reads nothing back from it. */
  ignoreMutation(): boolean {
    return true
  }

  destroy(): void {
    this.unsubscribe()
  }

  private render(): void {
    const cached = cachedAttrs(this.node)
    const ready = this.lookups.isReady?.() ?? true
    const shown = citedQuoteDisplay(
      cached,
      this.lookups.getAnnotation(cached.annotationId),
      ready,
      this.lookups.getDeletedArticle?.(cached.annotationId)
    )
    const key = JSON.stringify([shown, this.selected])
    if (key === this.shownKey) return
    this.shownKey = key
    const el = this.inner
    el.className = `cited-quote cited-quote--${shown.status}${this.selected ? ' is-selected' : ''}`
    el.dataset.annotationId = shown.annotationId
    el.dataset.status = shown.status
    if (shown.deletedArticle !== null) el.dataset.deletedArticle = shown.deletedArticle
    else delete el.dataset.deletedArticle
    el.title = shown.title
    const parts: Node[] = []
    if (shown.status !== 'exact') {
      const flag = document.createElement('span')
      flag.className = 'cited-quote-flag'
      flag.setAttribute(
        'aria-label',
        shown.deletedArticle !== null
          ? 'from a deleted article'
          : shown.deleted
            ? 'deleted'
            : shown.status
      )
      if (shown.status === 'drifted') flag.textContent = '≈'
      else flag.appendChild(iconElement('warning'))
      parts.push(flag)
    }
    const q = document.createElement('q')
    q.className = 'cited-quote-text'
    q.textContent = shown.quote
    parts.push(q)
    if (shown.grade) {
      const grade = document.createElement('span')
      grade.className = 'cited-quote-grade'
      grade.textContent = shown.grade
      parts.push(grade)
    }
    el.replaceChildren(...parts)
  }
}
