/**
 * The intermediate model every brief renderer (Markdown, HTML, DOCX) draws: the notes already
 * resolved against the live records, footnotes numbered, live blocks turned into tables. All
 * strings are plain text; each renderer escapes them for its own format.
 */

/** Character formatting of a run of text. */
export interface BriefMarks {
  bold?: true
  italic?: true
  underline?: true
  strike?: true
  code?: true
}

export interface BriefTextRun {
  kind: 'text'
  text: string
  marks: BriefMarks
}

/** A link; `href` is kept only for schemes a reader can follow safely (see safeHref). */
export interface BriefLink {
  kind: 'link'
  href: string
  runs: BriefTextRun[]
}

/** A quoted passage from a cited annotation, shown in quotation marks, then its footnote mark. */
export interface BriefCitation {
  kind: 'citation'
  quote: string
  footnote: number
  /** True where the same footnote was already referenced earlier in the brief. */
  repeat: boolean
}

export interface BriefBreak {
  kind: 'break'
}

export type BriefInline = BriefTextRun | BriefLink | BriefCitation | BriefBreak

export interface BriefListItem {
  /** Set for task list items only. */
  checked?: boolean
  blocks: BriefBlock[]
}

export interface BriefTableRow {
  header: boolean
  cells: BriefInline[][]
}

/** A labelled line of an event card. */
export interface BriefField {
  label: string
  value: string
  /** A web address the value links to (a report's own page); only http(s). */
  href?: string
}

export type BriefBlock =
  | { kind: 'heading'; level: number; content: BriefInline[] }
  | { kind: 'paragraph'; content: BriefInline[] }
  | { kind: 'list'; style: 'bullet' | 'ordered' | 'task'; start: number; items: BriefListItem[] }
  | { kind: 'blockquote'; blocks: BriefBlock[] }
  | { kind: 'code'; text: string; language: string | null }
  | { kind: 'rule' }
  | { kind: 'table'; caption: string | null; rows: BriefTableRow[] }
  | { kind: 'eventCard'; title: string; fields: BriefField[]; link: string | null }

export interface BriefFootnote {
  number: number
  content: BriefInline[]
}

export interface BriefDocument {
  title: string
  /** "Exported 2026-11-25 14:03 UTC from Analyst Workbench 0.1.0". */
  subtitle: string
  /** ISO timestamp the brief was made (the injected clock). */
  createdAt: string
  blocks: BriefBlock[]
  footnotes: BriefFootnote[]
}
