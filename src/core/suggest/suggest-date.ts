// Dates in a passage, resolved against the article's publication date (never the clock) with
// ACLED's time precision: 1 the day, 2 the week (coded at its Monday), 3 the month (coded at
// its first day). chrono-node does the parsing; two parsers added to it handle what it reads
// too loosely for coding ("earlier this week" is a week, not a day; "back in February of this
// year" is a month), and a refiner makes bare weekdays and months point back in time: a report
// tells what happened, so "on Friday" in a Wednesday paper is the Friday before.
import { casual, type ParsedResult, type Parser, type Refiner } from 'chrono-node/en'
import type { DateValue, SuggestedValue } from './event-suggestion'
import { tuneParser } from './tune-chrono-parsers'

type Context = Parameters<Parser['pattern']>[0]

const WEEK_TAG = 'suggest/week'
const MONTH_TAG = 'suggest/month'
const RELATIVE_TAG = 'suggest/relative'
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]
const MONTH_WORD = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`
const DAY_MS = 86_400_000

const pad = (n: number): string => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`
const monthIndex = (word: string): number =>
  MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1

/** The Monday (UTC calendar arithmetic) of the week containing y-m-d, shifted by `weeks`. */
function mondayOf(y: number, m: number, d: number, weeks = 0): [number, number, number] {
  const t = Date.UTC(y, m - 1, d)
  const weekday = (new Date(t).getUTCDay() + 6) % 7
  const monday = new Date(t - weekday * DAY_MS + weeks * 7 * DAY_MS)
  return [monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()]
}

const refParts = (ctx: Context): [number, number, number] => {
  const r = ctx.refDate
  return [r.getFullYear(), r.getMonth() + 1, r.getDate()]
}

// Compiled once: chrono asks for a parser's pattern on every parse.
const WEEK_PATTERN =
  /(?<![\p{L}\p{N}])(?:(?:earlier|later)\s+(?:this|in\s+the)\s+week|(?:this|last|past|previous)\s+week(?:['’]s)?)(?![\p{L}\p{N}])/iu
const MONTH_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:back\\s+|earlier\\s+)?in\\s+(?:early\\s+|mid-?\\s*|late\\s+)?${MONTH_WORD}(?:\\s+(?:of\\s+)?(this|last|next)\\s+year|,?\\s+(\\d{4}))?|(?:late\\s+|early\\s+)?(last|this|next)\\s+month)(?![\\p{L}\\p{N}])`,
  'iu'
)

// "earlier this week", "this week's", "last week", "earlier in the week" → the week, precision 2.
const weekParser: Parser = {
  pattern: () => WEEK_PATTERN,
  extract: (ctx, match) => {
    const text = match[0].toLowerCase()
    const back = /last|past|previous/.test(text) ? -1 : 0
    const [y, m, d] = mondayOf(...refParts(ctx), back)
    return ctx.createParsingComponents({ year: y, month: m, day: d }).addTag(WEEK_TAG)
  }
}

// "(back) in February (of) this/last year", "in early March 2021", "last month" → the month.
const monthParser: Parser = {
  pattern: () => MONTH_PATTERN,
  extract: (ctx, match) => {
    const [ry, rm] = refParts(ctx)
    let year = ry
    let month = rm
    if (match[4])
      month =
        rm + (match[4].toLowerCase() === 'last' ? -1 : match[4].toLowerCase() === 'next' ? 1 : 0)
    else {
      month = monthIndex(match[1] ?? '')
      const rel = match[2]?.toLowerCase()
      if (match[3]) year = Number(match[3])
      else if (rel === 'last') year = ry - 1
      else if (rel === 'next') year = ry + 1
      else if (!rel && month > rm) year = ry - 1
    }
    if (month < 1) [year, month] = [year - 1, month + 12]
    if (month > 12) [year, month] = [year + 1, month - 12]
    const c = ctx.createParsingComponents({ year, month })
    c.imply('day', 1)
    return c.addTag(MONTH_TAG).addTag(match[3] ? MONTH_TAG : RELATIVE_TAG)
  }
}

// A bare weekday or a day/month without a year that lands after the publication date is the
// previous one: reports look back. "next Friday" and "coming" keep chrono's reading.
const lookBack: Refiner = {
  refine: (ctx, results) => {
    for (const r of results) {
      if (/next|coming|upcoming/i.test(r.text) || r.start.isCertain('year')) continue
      if (r.start.date().getTime() <= ctx.refDate.getTime() + DAY_MS / 2) continue
      if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
        const back = new Date(r.start.date().getTime() - 7 * DAY_MS)
        r.start
          .assign('year', back.getFullYear())
          .assign('month', back.getMonth() + 1)
          .assign('day', back.getDate())
      } else if (r.start.isCertain('month')) {
        r.start.imply('year', (r.start.get('year') ?? 0) - 1)
      }
    }
    return results
  }
}

// Without the parsers of times of day, and faster to compile: see tune-chrono-parsers.ts.
const parser = casual.clone()
parser.parsers = parser.parsers.map(tuneParser)
parser.parsers.unshift(weekParser, monthParser)
parser.refiners.push(lookBack)

// Sentences without any of these cannot hold a date: skip chrono there (it is the slow part).
const CUE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|weeks?|weekend|months?|years?|days?|ago|yesterday|today|tonight|tomorrow|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b/i

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})$/
const SLASH_NO_YEAR = /^\d{1,2}\/\d{1,2}$/
const DURATION =
  /^(?:for\s+|after\s+|over\s+|within\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:days?|weeks?|months?|years?)$/i
const DURATION_OF = /^\s+of\b/i

function precisionOf(r: ParsedResult, relative: boolean): DateValue | null {
  const s = r.start
  const y = s.get('year')
  const m = s.get('month')
  const d = s.get('day')
  if (y === null || m === null || d === null) return null
  const tags = r.tags()
  if (tags.has(WEEK_TAG)) return relative ? { date: iso(y, m, d), precision: 2 } : null
  const explicit = s.isCertain('year') && !tags.has(RELATIVE_TAG)
  if (!relative && !explicit) return null
  if (s.isCertain('day') || s.isCertain('weekday')) return { date: iso(y, m, d), precision: 1 }
  if (s.isCertain('month') || tags.has(MONTH_TAG)) return { date: iso(y, m, 1), precision: 3 }
  return null
}

// "two weeks ago" is a week, "three months ago" a month: no more precise than the words.
function coarsen(value: DateValue | null, words: string): DateValue | null {
  if (!value) return null
  const [y, m, d] = value.date.split('-').map(Number) as [number, number, number]
  if (/\bweeks?\s+(?:ago|earlier|before)\b/i.test(words)) {
    const [wy, wm, wd] = mondayOf(y, m, d)
    return { date: iso(wy, wm, wd), precision: 2 }
  }
  if (/\bmonths?\s+(?:ago|earlier|before)\b/i.test(words))
    return { date: iso(y, m, 1), precision: 3 }
  return value
}

/** Dates named in text[from, to): YYYY-MM-DD with ACLED precision; relative ones need `publishedAt`. */
export function findDates(
  text: string,
  from: number,
  to: number,
  publishedAt?: string
): SuggestedValue<DateValue>[] {
  const slice = text.slice(from, to)
  if (!CUE.test(slice)) return []
  const p = publishedAt ? PUBLISHED.exec(publishedAt) : null
  // Without a publication date only explicit dates are kept; the reference below is never used
  // for them, it just keeps chrono from reading the clock.
  const ref = p
    ? new Date(Number(p[1]), Number(p[2]) - 1, Number(p[3]), 12)
    : new Date(2000, 0, 1, 12)
  const out: SuggestedValue<DateValue>[] = []
  for (const r of parser.parse(slice, ref)) {
    // "9/11" names an event, not a day; "three months of attacks" is a duration, not a date.
    if (SLASH_NO_YEAR.test(r.text.trim()) || DURATION.test(r.text.trim())) continue
    if (
      /(?:days?|weeks?|months?|years?)$/i.test(r.text.trim()) &&
      DURATION_OF.test(slice.slice(r.index + r.text.length, r.index + r.text.length + 4))
    )
      continue
    // Without a publication date only a date that names its year is a date: never invent one.
    if (!p && !/\b\d{4}\b/.test(r.text)) continue
    const value = coarsen(precisionOf(r, p !== null), r.text)
    if (!value) continue
    const words = r.text.replace(/[\s,.;:]+$/, '')
    const start = from + r.index
    out.push({ value, start, end: start + words.length, words })
  }
  return out
}

/** Days from a YYYY-MM-DD date to another (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}
