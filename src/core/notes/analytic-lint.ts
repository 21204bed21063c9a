import {
  CONFIDENCE_LEVELS,
  LIKELIHOOD_BANDS,
  confidenceStatement,
  describeLikelihood,
  type ConfidenceLevel,
  type LikelihoodTerm
} from './icd203'
import { splitSentences, type SentenceSpan } from './sentences'

export type LintKind = 'mixed-likelihood-confidence' | 'vague-probability'

/** A problem in a paragraph: [from, to) offsets into the text given to lintText. */
export interface LintIssue {
  from: number
  to: number
  kind: LintKind
  message: string
  /**
   * For vague wording, the standard terms that could replace it, nearest first; for a mixed
   * sentence, the confidence statement to put in a sentence of its own.
   */
  suggestions: string[]
}

interface Match {
  from: number
  to: number
  text: string
}

/** The seven terms, their adverbs and ICD 203's alternative wordings; longest first so "very likely" wins over "likely". */
const LIKELIHOOD_PATTERN =
  /\b(?:almost no chance|very unlikely|roughly even (?:chance|odds)|very likely|almost certain(?:ly)?|nearly certain(?:ly)?|highly improbable|highly probable|improbable|probable|unlikely|likely)\b/giu

/** "high confidence", "confidence is moderate", "we are highly confident". */
const CONFIDENCE_PATTERN =
  /\b(low|moderate|medium|high)[- ]confidence\b|\bconfidence\b[^.;!?]{0,40}?\b(?:is|was|remains|are)\s+(low|moderate|medium|high)\b|\b(?:(highly|very|fairly|moderately)\s+)?confident\b/giu

/** Hedges that give no probability: each is matched whole-word, case-insensitive. */
const VAGUE_PATTERN =
  /\b(?:probably|possibly|perhaps|maybe|might|could|may|conceivably)\b|\bit is possible that\b/giu

/** The band each hedge is closest to, so suggestions start with the term a writer most likely meant. */
const VAGUE_CENTRE: Record<string, LikelihoodTerm> = {
  probably: 'likely'
}
const DEFAULT_VAGUE_CENTRE: LikelihoodTerm = 'roughly even chance'

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0
  return [...text.matchAll(pattern)]
}

/** Ranges between quotation marks: a source's own words are quoted, not the analyst's to rephrase. */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const m of text.matchAll(/“[^”]*”?|"[^"]*"?/gu))
    ranges.push([m.index, m.index + m[0].length])
  return ranges
}

function insideAny(pos: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([from, to]) => pos >= from && pos < to)
}

function previousWord(text: string, pos: number): string {
  const m = /(\p{L}+|\d+)[^\p{L}\d]*$/u.exec(text.slice(Math.max(0, pos - 24), pos))
  return m?.[1]?.toLowerCase() ?? ''
}

function nextWord(text: string, pos: number): string {
  const m = /^[^\p{L}\d]*(\p{L}+|\d+)/u.exec(text.slice(pos, pos + 24))
  return m?.[1]?.toLowerCase() ?? ''
}

const MIGHT_AS_NOUN = new Set([
  'military',
  'economic',
  'naval',
  'air',
  'full',
  'its',
  'their',
  'the'
])

/** Whether a hedge at [from, from + word.length) is estimative (not the month May, "could not", "military might"). */
function isEstimative(text: string, from: number, word: string, sentence: SentenceSpan): boolean {
  const lower = word.toLowerCase()
  const after = from + word.length
  if (word === 'May') {
    const atStart = from === sentence.from
    return atStart && !/^\d/.test(nextWord(text, after)) && !/^\d/.test(previousWord(text, from))
  }
  if (lower === 'could') {
    if (/^n['’]t/u.test(text.slice(after))) return false
    return nextWord(text, after) !== 'not'
  }
  if (lower === 'might') return !MIGHT_AS_NOUN.has(previousWord(text, from))
  return true
}

/** All standard terms, ordered by distance from the band the hedge is closest to. */
function suggestionsAround(centre: LikelihoodTerm): string[] {
  const centreIndex = LIKELIHOOD_BANDS.findIndex((b) => b.term === centre)
  return LIKELIHOOD_BANDS.map((b, index) => ({ b, d: Math.abs(index - centreIndex) }))
    .sort((x, y) => x.d - y.d || x.b.min - y.b.min)
    .map(({ b }) => b.term)
}

function vagueIssues(
  text: string,
  sentence: SentenceSpan,
  quoted: Array<[number, number]>
): Match[] {
  const body = text.slice(sentence.from, sentence.to)
  const found: Match[] = []
  for (const m of allMatches(VAGUE_PATTERN, body)) {
    const from = m.index + sentence.from
    if (insideAny(from, quoted) || !isEstimative(text, from, m[0], sentence)) continue
    found.push({ from, to: from + m[0].length, text: m[0] })
  }
  return found
}

function confidenceLevelOf(m: RegExpExecArray): ConfidenceLevel | null {
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()
  if (word === 'low') return 'low'
  if (word === 'moderate' || word === 'medium' || word === 'fairly' || word === 'moderately')
    return 'moderate'
  if (word === 'high' || word === 'highly' || word === 'very') return 'high'
  return null
}

function mixedIssue(
  text: string,
  sentence: SentenceSpan,
  probability: Match | undefined
): LintIssue | null {
  const body = text.slice(sentence.from, sentence.to)
  const likelihood = allMatches(LIKELIHOOD_PATTERN, body)[0]
  const confidence = allMatches(CONFIDENCE_PATTERN, body)[0]
  const odds = likelihood ? likelihood[0] : probability?.text
  if (!confidence || odds === undefined) return null
  const level = confidenceLevelOf(confidence)
  const levels = level ? [level] : CONFIDENCE_LEVELS.map((c) => c.level)
  return {
    from: sentence.from,
    to: sentence.to,
    kind: 'mixed-likelihood-confidence',
    message:
      `Likelihood (“${odds}”) and confidence (“${confidence[0]}”) in one sentence. ` +
      'ICD 203 keeps them apart: state the likelihood here and the confidence in a sentence of its own.',
    suggestions: levels.map(confidenceStatement)
  }
}

/**
 * Checks one paragraph against the analytic writing standards: a likelihood and a confidence level
 * in the same sentence (the whole sentence is flagged), and hedges such as "probably" or "might"
 * that give no probability band (the word is flagged, with the standard terms as suggestions).
 * Words between quotation marks are the source's and are not flagged as hedges.
 */
export function lintText(paragraphText: string): LintIssue[] {
  const issues: LintIssue[] = []
  const quoted = quotedRanges(paragraphText)
  for (const sentence of splitSentences(paragraphText)) {
    const hedges = vagueIssues(paragraphText, sentence, quoted)
    const mixed = mixedIssue(paragraphText, sentence, hedges[0])
    if (mixed) issues.push(mixed)
    for (const hedge of hedges) {
      const lower = hedge.text.toLowerCase()
      const suggestions = suggestionsAround(VAGUE_CENTRE[lower] ?? DEFAULT_VAGUE_CENTRE)
      issues.push({
        from: hedge.from,
        to: hedge.to,
        kind: 'vague-probability',
        message:
          `“${hedge.text}” gives no probability. Use a standard term, e.g. ` +
          `${describeLikelihood(suggestions[0] as LikelihoodTerm)}.`,
        suggestions
      })
    }
  }
  return issues.sort((a, b) => a.from - b.from || b.to - a.to)
}
