// The benchmark's article: the five quality fixtures (src/core/suggest/fixtures plus the sample
// article), repeated until it reaches the word count, each copy varied deterministically so that
// copies are not all merged into the same few events: numbers move by the copy's index and
// weekday names rotate.
import { readFileSync } from 'node:fs'
import { parsePlainText } from '@core/article/parse-plain-text'
import { plainText } from '@core/article/plain-text'

const FILES = [
  'resources/sample-article.txt',
  'src/core/suggest/fixtures/kenya-fuel-tax-protests.txt',
  'src/core/suggest/fixtures/somalia-afgooye-galkayo.txt',
  'src/core/suggest/fixtures/nigeria-zamfara-borno.txt',
  'src/core/suggest/fixtures/syria-iraq-drone-strike.txt'
]
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

function vary(text: string, copy: number): string {
  if (copy === 0) return text
  return text
    .replace(/\b\d{1,3}\b/g, (n) => String(Number(n) + copy))
    .replace(
      new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'),
      (d) => WEEKDAYS[(WEEKDAYS.indexOf(d) + copy) % 7] ?? d
    )
}

/** A plain-text article of at least `words` words, identical on every run. */
export function buildArticle(root: URL, words: number): string {
  const texts = FILES.map((f) =>
    plainText(parsePlainText(readFileSync(new URL(f, root), 'utf8')).blocks)
  )
  const parts: string[] = []
  for (let copy = 0; countWords(parts.join('\n\n')) < words; copy++) {
    parts.push(...texts.map((t) => vary(t, copy)))
  }
  return parts.join('\n\n')
}
