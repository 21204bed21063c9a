import type { BriefInline, BriefLink, BriefMarks, BriefTextRun } from './brief-model'

/** A plain or formatted text run. */
export function run(text: string, marks: BriefMarks = {}): BriefTextRun {
  return { kind: 'text', text, marks }
}

/** A link whose text is the address itself, as deep links are printed in footnotes. */
export function urlLink(href: string): BriefLink {
  return { kind: 'link', href, runs: [run(href)] }
}

const MARKS = ['bold', 'italic', 'underline', 'strike', 'code'] as const

/** Joins neighbouring text runs of the same formatting, so renderers emit fewer elements. */
export function mergeRuns(content: readonly BriefInline[]): BriefInline[] {
  const out: BriefInline[] = []
  for (const inline of content) {
    const last = out[out.length - 1]
    if (
      inline.kind === 'text' &&
      last?.kind === 'text' &&
      MARKS.every((mark) => last.marks[mark] === inline.marks[mark])
    )
      out[out.length - 1] = { ...last, text: last.text + inline.text }
    else out.push(inline)
  }
  return out
}
