import type { BriefLink, BriefMarks, BriefTextRun } from './brief-model'

/** A plain or formatted text run. */
export function run(text: string, marks: BriefMarks = {}): BriefTextRun {
  return { kind: 'text', text, marks }
}

/** A link whose text is the address itself, as deep links are printed in footnotes. */
export function urlLink(href: string): BriefLink {
  return { kind: 'link', href, runs: [run(href)] }
}
