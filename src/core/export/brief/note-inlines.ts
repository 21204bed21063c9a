import type { NoteJSONMark, NoteJSONNode } from '../../notes/note-json'
import { nodeText } from '../../notes/note-json'
import type { BriefInline, BriefMarks, BriefTextRun } from './brief-model'
import { annotationFootnote, deletedAnnotationFootnote } from './cited-footnote'
import type { NoteEnv } from './note-env'
import { singleLine } from './single-line'
import { safeHref } from '../safe-href'

const MARK_FLAGS = ['bold', 'italic', 'underline', 'strike', 'code'] as const

function marksOf(marks: readonly NoteJSONMark[] | undefined): BriefMarks {
  const result: BriefMarks = {}
  for (const mark of marks ?? [])
    if ((MARK_FLAGS as readonly string[]).includes(mark.type))
      result[mark.type as (typeof MARK_FLAGS)[number]] = true
  return result
}

function hrefOf(marks: readonly NoteJSONMark[] | undefined): string | null {
  const link = marks?.find((mark) => mark.type === 'link')
  return link ? safeHref(link.attrs?.['href']) : null
}

const sameMarks = (a: BriefMarks, b: BriefMarks): boolean =>
  MARK_FLAGS.every((flag) => a[flag] === b[flag])

/** Appends a run, merged into the previous one when their formatting is the same. */
function pushRun(runs: BriefTextRun[], next: BriefTextRun): void {
  const last = runs[runs.length - 1]
  if (last && sameMarks(last.marks, next.marks)) last.text += next.text
  else runs.push(next)
}

function attr(node: NoteJSONNode, name: string): string {
  const value = node.attrs?.[name]
  return typeof value === 'string' ? value : ''
}

function citation(node: NoteJSONNode, env: NoteEnv): BriefInline {
  const annotationId = attr(node, 'annotationId')
  const annotation = annotationId === '' ? undefined : env.lookups.annotation(annotationId)
  const cachedGrade = node.attrs?.['grade']
  const attrs = {
    annotationId,
    quote: attr(node, 'quote'),
    grade: typeof cachedGrade === 'string' ? cachedGrade : null
  }
  // A quote without an id (an old v1 citation) cannot repeat: it gets a footnote of its own.
  const key = annotationId === '' ? `unlinked:${env.footnotes.footnotes().length}` : annotationId
  const { number, repeat } = env.footnotes.cite(key, () =>
    annotation
      ? annotationFootnote(annotation, env.lookups.article(annotation.articleId))
      : deletedAnnotationFootnote(attrs)
  )
  const quote = singleLine(annotation ? annotation.selectors.quote.exact : attrs.quote)
  return { kind: 'citation', quote, footnote: number, repeat }
}

function pushText(out: BriefInline[], node: NoteJSONNode): void {
  // An unknown inline node keeps its text, so nothing the writer typed is lost.
  const text = (node.type === 'text' ? (node.text ?? '') : nodeText(node)).replace(/\n/g, ' ')
  if (text === '') return
  const textRun: BriefTextRun = { kind: 'text', text, marks: marksOf(node.marks) }
  const href = hrefOf(node.marks)
  const last = out[out.length - 1]
  if (href !== null) {
    if (last?.kind === 'link' && last.href === href) pushRun(last.runs, textRun)
    else out.push({ kind: 'link', href, runs: [textRun] })
  } else if (last?.kind === 'text' && sameMarks(last.marks, textRun.marks)) last.text += text
  else out.push(textRun)
}

/** The inline content of a paragraph, heading or cell: runs, links, breaks and citations. */
export function inlinesFrom(
  nodes: readonly NoteJSONNode[] | undefined,
  env: NoteEnv
): BriefInline[] {
  const out: BriefInline[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') out.push({ kind: 'break' })
    else if (node.type === 'citedQuote') out.push(citation(node, env))
    else pushText(out, node)
  }
  // A break at either end of a paragraph shows nothing in any format but breaks Markdown.
  while (out[0]?.kind === 'break') out.shift()
  while (out[out.length - 1]?.kind === 'break') out.pop()
  return out
}
