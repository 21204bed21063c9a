import type { AnchorResult, AnchorSelectors } from './anchor'
import type { AdmiraltyGrade } from './grade'

/** W3C Web Annotation motivations the workbench uses. */
export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'assessing'

/** Highlight colour slots 0-4; their labels are user settings. */
export type ColourSlot = 0 | 1 | 2 | 3 | 4

export const DEFAULT_COLOUR_LABELS = [
  'Key fact',
  'Claim',
  'Actor',
  'Place/time',
  'Question'
] as const

/** Where the annotation lands in the article's current text, and how sure we are. */
export interface StoredAnchor extends AnchorResult {
  /** hashText of the article text this anchor was computed on. */
  textHash: string
}

export interface AnnotationRecord {
  id: string
  articleId: string
  createdAt: string
  updatedAt: string
  creator: string
  motivation: Motivation
  colour: ColourSlot
  /** The W3C selectors made when the passage was chosen (or re-pointed by the user). */
  selectors: AnchorSelectors
  anchor: StoredAnchor
  /** Sanitised HTML from the comment editor, and its plain text for search and lists. */
  commentHtml: string
  commentText: string
  tags: string[]
  grade: AdmiraltyGrade | null
}
