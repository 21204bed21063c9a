import type { BriefInline, BriefTextRun } from './brief-model'
import { escapeHtml } from './html-escape'

/** Counts references per footnote, so each gets its own id and its own back-link. */
export type FootnoteRefCounter = Map<number, number>

function runHtml(run: BriefTextRun): string {
  let html = escapeHtml(run.text)
  if (run.marks.code) html = `<code>${html}</code>`
  if (run.marks.strike) html = `<s>${html}</s>`
  if (run.marks.italic) html = `<em>${html}</em>`
  if (run.marks.bold) html = `<strong>${html}</strong>`
  if (run.marks.underline) html = `<u>${html}</u>`
  return html
}

/** The id of the k-th (1-based) reference to footnote n. */
export function footnoteRefId(n: number, k: number): string {
  return k === 1 ? `fnref-${n}` : `fnref-${n}-${k}`
}

/** Inline content as HTML; every piece of user text is escaped. */
export function htmlInlines(inlines: readonly BriefInline[], refs: FootnoteRefCounter): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return runHtml(inline)
        case 'break':
          return '<br>'
        case 'link': {
          const text = inline.runs.map(runHtml).join('')
          // Print shows the address after a link whose text is not the address itself.
          const plain = inline.runs.map((r) => r.text).join('')
          const cls = plain === inline.href ? '' : ' class="show-url"'
          return `<a href="${escapeHtml(inline.href)}"${cls}>${text}</a>`
        }
        case 'citation': {
          const n = inline.footnote
          const k = (refs.get(n) ?? 0) + 1
          refs.set(n, k)
          return (
            `<span class="cited-quote">“${escapeHtml(inline.quote)}”</span>` +
            `<sup class="footnote-ref"><a href="#fn-${n}" id="${footnoteRefId(n, k)}" role="doc-noteref">${n}</a></sup>`
          )
        }
      }
    })
    .join('')
}
