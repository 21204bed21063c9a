// chrono-node's English parsers as the suggester runs them.
//
// - Times of day are never coded, and their parsers ("at 10:30 pm", "this morning", "within an
//   hour") are among the costliest: their patterns are swapped for one that never matches.
// - The time-unit lists ("three days ago", "two weeks later": up to ten units, each with
//   bounded runs of spaces) are compiled in u mode. V8 compiles a case-insensitive pattern to
//   machine code on its second use, and for these two patterns without the u flag that takes
//   60 to 150 ms each on this project's machine, most of a first "Suggest events"; in u mode
//   about 10 ms. Case folding then differs only for the long s and the Kelvin sign. (The other
//   patterns compile fast without it, and some slower with it, so they are left alone.)
//
// Parsers are told apart by their patterns, not their class names: the renderer's bundle is
// minified, which renames classes.
import type { Parser } from 'chrono-node/en'

/** What only the patterns for times of day contain (meridiems; "midnight"; "within"). */
const TIME_OF_DAY = ['p\\.m\\.', '|midnight|', '(?:within|in|for)']
/** What only the patterns for lists of time units contain. */
const UNIT_LIST = '{0,10}'
const NEVER = /(?!)/
const tuned = new WeakMap<RegExp, RegExp>()

function tune(re: RegExp): RegExp {
  if (TIME_OF_DAY.some((s) => re.source.includes(s))) return NEVER
  if (!re.source.includes(UNIT_LIST) || re.flags.includes('u')) return re
  try {
    return new RegExp(re.source, `${re.flags}u`)
  } catch {
    // Not valid in u mode: keep it, only slower to compile.
    return re
  }
}

/** The pattern chrono's parser is run with: `re` itself, a u-mode copy, or one that never matches. */
export function tunedPattern(re: RegExp): RegExp {
  let out = tuned.get(re)
  if (!out) {
    out = tune(re)
    tuned.set(re, out)
  }
  return out
}

/** The same parser, run with its tuned pattern. */
export function tuneParser(p: Parser): Parser {
  return { pattern: (ctx) => tunedPattern(p.pattern(ctx)), extract: (ctx, m) => p.extract(ctx, m) }
}
