import {
  bulletList,
  cloneNoteDoc,
  guidanceOf,
  emptyNoteDoc,
  heading,
  paragraph,
  prompt,
  type NoteDoc,
  type NoteJSONNode
} from './note-json'

/** A starting document for a new note. Built-in templates ship with the app; others are the user's. */
export interface NoteTemplate {
  id: string
  name: string
  builtIn: boolean
  doc: NoteDoc
}

function liveBlock(kind: 'timeline' | 'sources'): NoteJSONNode {
  return { type: 'liveBlock', attrs: { kind } }
}

/**
 * A heading and what follows it, with the hint as guidance (a placeholder, never text) on the
 * first empty paragraph or list item there, else on an empty paragraph of its own.
 */
function section(title: string, hint: string, ...after: NoteJSONNode[]): NoteJSONNode[] {
  const [first, ...rest] = after
  if (first?.type === 'paragraph' && !first.content)
    return [heading(2, title), prompt(hint), ...rest]
  const item = first?.type === 'bulletList' ? first.content?.[0] : undefined
  const itemParagraph = item?.content?.[0]
  if (first && item && itemParagraph?.type === 'paragraph' && !itemParagraph.content) {
    const guided = {
      ...first,
      content: [{ ...item, content: [prompt(hint)] }, ...(first.content ?? []).slice(1)]
    }
    return [heading(2, title), guided, ...rest]
  }
  return [heading(2, title), prompt(hint), ...after]
}

function blufBrief(): NoteDoc {
  return {
    type: 'doc',
    content: [
      heading(1, 'Title'),
      ...section(
        'Bottom line up front',
        'The one or two sentences a reader needs if they read nothing else.',
        paragraph()
      ),
      ...section(
        'Key judgments',
        'Each judgment with a standard likelihood term; its confidence in a separate sentence.',
        bulletList('')
      ),
      ...section(
        'Timeline',
        'The events behind the judgments, in order. The table below follows the coded events.',
        liveBlock('timeline')
      ),
      ...section(
        'Sources and reliability',
        'Who reported what, with Admiralty grades. The list below follows the graded annotations.',
        liveBlock('sources')
      ),
      ...section(
        'Assumptions',
        'What the judgments take for granted; what would change if an assumption failed.',
        bulletList('')
      ),
      ...section(
        'Indicators to watch',
        'Observable signs that would confirm or overturn the judgments.',
        bulletList('')
      ),
      ...section('Outlook', 'What is expected next, over what period, and how likely.', paragraph())
    ]
  }
}

function eventSummary(): NoteDoc {
  return {
    type: 'doc',
    content: [
      heading(1, 'Event summary'),
      ...section('What happened', 'Type of event, in one or two sentences.', paragraph()),
      ...section(
        'Who',
        'Actors involved, with their categories; who did what to whom if known.',
        paragraph()
      ),
      ...section(
        'Where and when',
        'Place and date, with how precisely each is known.',
        paragraph()
      ),
      ...section(
        'Fatalities and damage',
        'Reported figures, the most conservative when sources differ, and the sources’ own words.',
        paragraph()
      ),
      ...section(
        'Sources and reliability',
        'Graded sources and cited passages.',
        liveBlock('sources')
      ),
      ...section('Significance', 'Why it matters, and what it is likely to lead to.', paragraph())
    ]
  }
}

const BUILT_INS: ReadonlyArray<{ id: string; name: string; build: () => NoteDoc }> = [
  { id: 'blank', name: 'Blank note', build: emptyNoteDoc },
  { id: 'bluf-brief', name: 'BLUF brief', build: blufBrief },
  { id: 'event-summary', name: 'Event summary', build: eventSummary }
]

/** The templates that ship with the app, each with a fresh document. */
export function builtInTemplates(): NoteTemplate[] {
  return BUILT_INS.map(({ id, name, build }) => ({ id, name, builtIn: true, doc: build() }))
}

/** A built-in template by id, with a fresh document; undefined for an unknown id. */
export function builtInTemplate(id: string): NoteTemplate | undefined {
  return builtInTemplates().find((t) => t.id === id)
}

/** A user template from a note's current document (copied, so later edits to the note do not leak in). */
export function templateFromNote(id: string, name: string, doc: NoteDoc): NoteTemplate {
  return { id, name, builtIn: false, doc: cloneNoteDoc(doc) }
}

/**
 * Every guidance sentence the built-in templates have shipped. Notes made before guidance became
 * a placeholder hold them as italic text; exports leave such a paragraph out (see note-blocks).
 */
export const BUILT_IN_GUIDANCE: ReadonlySet<string> = new Set(
  BUILT_INS.flatMap(({ build }) => collectGuidance(build().content ?? []))
)

function collectGuidance(nodes: readonly NoteJSONNode[]): string[] {
  return nodes.flatMap((node) => {
    const own = guidanceOf(node)
    return [...(own ? [own] : []), ...collectGuidance(node.content ?? [])]
  })
}
