import type { Editor, Range } from '@tiptap/core'
import { CONFIDENCE_LEVELS, LIKELIHOOD_BANDS, formatLikelihoodRange } from '@core/notes/icd203'

/** One entry of the "/" menu. An entry with children opens them as a second list instead of running. */
export interface SlashItem {
  id: string
  title: string
  /** A short note on the right: a shortcut, a range. */
  hint: string
  /** Other words that find it. */
  keywords: readonly string[]
  children?: readonly SlashItem[]
  /** Replaces the typed "/query" (`range`) with the item's content. */
  run?: (editor: Editor, range: Range) => void
}

const block =
  (apply: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
  (editor: Editor, range: Range): void => {
    apply(editor.chain().focus().deleteRange(range)).run()
  }

const LIKELIHOOD_ITEMS: SlashItem[] = LIKELIHOOD_BANDS.map((band) => ({
  id: `likelihood:${band.term}`,
  title: band.term,
  hint: formatLikelihoodRange(band.term),
  keywords: [band.synonym],
  run: block((c) => c.insertLikelihood(band.term))
}))

const CONFIDENCE_ITEMS: SlashItem[] = CONFIDENCE_LEVELS.map((c) => ({
  id: `confidence:${c.level}`,
  title: c.label,
  hint: 'statement',
  keywords: [],
  run: block((chain) => chain.insertConfidence(c.level))
}))

/** Everything the "/" menu offers, in the order shown. */
export const SLASH_ITEMS: readonly SlashItem[] = [
  {
    id: 'h1',
    title: 'Heading 1',
    hint: '#',
    keywords: ['h1', 'title'],
    run: block((c) => c.setHeading({ level: 1 }))
  },
  {
    id: 'h2',
    title: 'Heading 2',
    hint: '##',
    keywords: ['h2', 'section'],
    run: block((c) => c.setHeading({ level: 2 }))
  },
  {
    id: 'h3',
    title: 'Heading 3',
    hint: '###',
    keywords: ['h3', 'subsection'],
    run: block((c) => c.setHeading({ level: 3 }))
  },
  {
    id: 'bullet-list',
    title: 'Bullet list',
    hint: '-',
    keywords: ['ul', 'unordered'],
    run: block((c) => c.toggleBulletList())
  },
  {
    id: 'ordered-list',
    title: 'Numbered list',
    hint: '1.',
    keywords: ['ol', 'ordered'],
    run: block((c) => c.toggleOrderedList())
  },
  {
    id: 'task-list',
    title: 'Task list',
    hint: '[ ]',
    keywords: ['todo', 'checklist'],
    run: block((c) => c.toggleTaskList())
  },
  {
    id: 'quote',
    title: 'Quote',
    hint: '>',
    keywords: ['blockquote'],
    run: block((c) => c.toggleBlockquote())
  },
  {
    id: 'table',
    title: 'Table',
    hint: '3×3',
    keywords: ['grid'],
    run: block((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))
  },
  {
    id: 'divider',
    title: 'Divider',
    hint: '---',
    keywords: ['rule', 'hr', 'separator'],
    run: block((c) => c.setHorizontalRule())
  },
  {
    id: 'likelihood',
    title: 'Likelihood…',
    hint: 'ICD 203',
    keywords: ['probability', 'estimate'],
    children: LIKELIHOOD_ITEMS
  },
  {
    id: 'confidence',
    title: 'Confidence…',
    hint: 'statement',
    keywords: ['confidence'],
    children: CONFIDENCE_ITEMS
  },
  {
    id: 'timeline',
    title: 'Timeline block',
    hint: 'live',
    keywords: ['events', 'chronology'],
    run: block((c) => c.insertLiveBlock('timeline'))
  },
  {
    id: 'sources',
    title: 'Sources block',
    hint: 'live',
    keywords: ['grades', 'reliability'],
    run: block((c) => c.insertLiveBlock('sources'))
  }
]

function matches(item: SlashItem, query: string): boolean {
  return [item.title, ...item.keywords].some((text) => {
    const lower = text.toLowerCase()
    return lower.startsWith(query) || lower.split(/[\s-]+/).some((word) => word.startsWith(query))
  })
}

/**
 * The entries for what was typed after "/": all top-level entries for nothing, otherwise the
 * entries with a word starting with it, followed by matching entries of the sub-lists (so "/very"
 * offers "very likely" directly).
 */
export function filterSlashItems(items: readonly SlashItem[], query: string): SlashItem[] {
  const q = query.trim().toLowerCase()
  if (q === '') return [...items]
  const nested = items.flatMap((item) => item.children ?? []).filter((child) => matches(child, q))
  return [...items.filter((item) => matches(item, q)), ...nested]
}
