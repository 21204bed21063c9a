import type { AnchorStatus } from '../../../shared/model/anchor'
import type { ArticleRecord } from '../../../shared/model/article'
import type { AnnotationRecord } from '../../../shared/model/records'
import { describeGrade, parseGrade } from '../../grading/admiralty'
import { deepLinkFor } from '../deep-link'
import { safeWebUrl } from '../safe-href'
import type { BriefInline } from './brief-model'
import { singleLine } from './single-line'
import { mergeRuns, run, urlLink } from './brief-runs'

/** What a citedQuote node caches, used when its annotation was deleted. */
export interface CitedQuoteAttrs {
  annotationId: string
  quote: string
  grade: string | null
}

const STATUS_NOTE: Record<Exclude<AnchorStatus, 'exact'>, string> = {
  drifted: 'Drifted: the passage changed since it was quoted.',
  orphaned: 'Orphaned: the passage is no longer in the article.'
}

function sourceLine(article: ArticleRecord | undefined): BriefInline[] {
  if (!article) return [run('Source: unknown article. ')]
  const details = [article.source, article.publishedAt].filter((part) => part.trim() !== '')
  return [
    run('Source: '),
    run(article.title, { italic: true }),
    run(details.length > 0 ? `, ${details.join(', ')}. ` : '. ')
  ]
}

/** The footnote of a live annotation: quote, grade, article, deep link and anchor status. */
export function annotationFootnote(
  annotation: AnnotationRecord,
  article: ArticleRecord | undefined
): BriefInline[] {
  const grade = annotation.grade ? describeGrade(annotation.grade) : 'Not graded'
  const content: BriefInline[] = [
    run(`“${singleLine(annotation.selectors.quote.exact)}” `),
    run(`Grade: ${grade}. `),
    ...sourceLine(article)
  ]
  const status = annotation.anchor.status
  if (status !== 'exact') content.push(run(`${STATUS_NOTE[status]} `))
  const comment = annotation.commentText.trim().replace(/\s+/g, ' ')
  if (comment !== '')
    content.push(run(`Analyst comment: ${comment}${/[.!?]$/.test(comment) ? '' : '.'} `))
  // The report's own web address, for readers without the workbench; then the deep link. Links
  // go last, each followed by a space only, so no punctuation of ours sticks to an address.
  const web = safeWebUrl(article?.url)
  if (web) content.push(run('Web: '), urlLink(web), run(' '))
  content.push(
    run('Link: '),
    urlLink(deepLinkFor({ articleId: annotation.articleId, annotationId: annotation.id }))
  )
  return mergeRuns(content)
}

/** The footnote of a quote whose annotation is gone: the note's cached quote and grade. */
export function deletedAnnotationFootnote(attrs: CitedQuoteAttrs): BriefInline[] {
  const grade = attrs.grade === null ? null : parseGrade(attrs.grade)
  return mergeRuns([
    run(`“${singleLine(attrs.quote)}” `),
    run(
      `Grade: ${grade ? `${describeGrade(grade)} (as last recorded in the note)` : 'Not graded'}. `
    ),
    run('Deleted: the annotation was deleted, so this quote cannot be traced back to its passage.')
  ])
}
