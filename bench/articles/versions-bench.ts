// `npx tsx bench/articles/versions-bench.ts`: what opening the update dialog, comparing versions
// and showing their diff cost on long articles, pure TypeScript, same seeded text every run.
//
// - Edit in place: editableText (the dialog's starting text) and markdownBlocks (reading it back
//   on "Compare"), 2,000 and 10,000 words.
// - Word diff (core/article/word-diff.ts: paragraphs aligned with diffArrays, then diffWords inside
//   each changed pair) between a version and the next: one word fixed, 1 % and 10 % of words
//   changed, and two unrelated texts. Baseline: one jsdiff diffWords over the whole text (the
//   first version of this dialog), without a limit.
import { diffWords } from 'diff'
import { performance } from 'node:perf_hooks'
import { editableText } from '@core/article/editable-text'
import { markdownBlocks } from '@core/article/parse-markdown'
import { plainText } from '@core/article/plain-text'
import { wordDiff } from '@core/article/word-diff'
import { generateArticle } from '../anchoring/generate-article'
import { createRng } from '../anchoring/prng'

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function time(runs: number, work: () => unknown): number {
  work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    work()
    times.push(performance.now() - t0)
  }
  return median(times)
}

/** Replaces `share` of the words with another word, seeded. */
function editWords(text: string, share: number, seed: number): string {
  const rng = createRng(seed)
  return text
    .split(' ')
    .map((w) => (rng.chance(share) ? `changed${rng.int(0, 999)}` : w))
    .join(' ')
}

const ms = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`

console.log('Edit in place (median of 9 runs)')
console.log('| Article | editableText | markdownBlocks (read back) | same blocks |')
console.log('| --- | --- | --- | --- |')
for (const words of [2_000, 10_000]) {
  const blocks = markdownBlocks(generateArticle(createRng(7), words))
  const text = editableText(blocks)
  const same = JSON.stringify(markdownBlocks(text)) === JSON.stringify(blocks)
  console.log(
    `| ${words.toLocaleString('en')} words | ${ms(time(9, () => editableText(blocks)))} | ${ms(time(9, () => markdownBlocks(text)))} | ${same ? 'yes' : 'NO'} |`
  )
}

console.log('\nWord diff between two versions of a 10,000-word article (median of 5 runs)')
console.log(
  '| Change | wordDiff (paragraphs, then words) | baseline: one diffWords over the text |'
)
console.log('| --- | --- | --- |')
const base = plainText(markdownBlocks(generateArticle(createRng(11), 10_000)))
const firstWord = base.indexOf(' ', 30_000)
const cases: [string, string][] = [
  ['one word fixed', `${base.slice(0, firstWord)} fixed${base.slice(firstWord)}`],
  ['1 % of words', editWords(base, 0.01, 1)],
  ['10 % of words', editWords(base, 0.1, 2)],
  ['an unrelated text', plainText(markdownBlocks(generateArticle(createRng(99), 10_000)))]
]
for (const [label, next] of cases) {
  const paragraphFirst = time(5, () => wordDiff(base, next))
  // The unrelated texts take the baseline minutes: it is stopped after 20 s and said so.
  const t0 = performance.now()
  const whole = diffWords(base, next, { timeout: 20_000 })
  const wholeMs = performance.now() - t0
  const baseline = whole
    ? ms(label === 'an unrelated text' ? wholeMs : time(3, () => diffWords(base, next)))
    : 'over 20 s (stopped)'
  console.log(`| ${label} | ${ms(paragraphFirst)} | ${baseline} |`)
}
