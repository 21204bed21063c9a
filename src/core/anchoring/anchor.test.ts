import { readFileSync } from 'node:fs'
import { describe as suite, expect, it } from 'vitest'
import type { AnchorSelectors } from './anchor-types'
import { anchor } from './anchor'
import { errorBudget } from './anchor-policy'
import { createAnchorer } from './create-anchorer'
import { describe } from './describe'
import { editDistance } from './edit-distance'
import { hashText } from './hash-text'

const article = readFileSync(
  new URL('../../../resources/sample-article.txt', import.meta.url),
  'utf8'
)

const select = (text: string, quote: string, from = 0): AnchorSelectors => {
  const start = text.indexOf(quote, from)
  if (start < 0) throw new Error(`not in text: ${quote}`)
  return describe(text, start, start + quote.length)
}
const QUOTE = 'The strikes killed several militia members and destroyed facilities'
const at = (text: string, s: string): { start: number; end: number } => {
  const start = text.indexOf(s)
  return { start, end: start + s.length }
}

suite('anchor: exact', () => {
  it('is exact with score 1 on the unchanged text', () => {
    const selectors = select(article, QUOTE)
    expect(anchor(article, selectors)).toEqual({ ...at(article, QUOTE), status: 'exact', score: 1 })
  })

  it('is exact at the old position even when the hash differs (edit elsewhere)', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace('strategical analysis', 'strategic analysis')
    expect(hashText(edited)).not.toBe(selectors.textHash)
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, QUOTE), status: 'exact' })
  })

  it('is exact at the shifted place when text is inserted before', () => {
    const selectors = select(article, QUOTE)
    const edited = `A new opening paragraph, added after publication.\n\n${article}`
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, QUOTE), status: 'exact' })
  })

  it('picks the occurrence whose context matches when the quote repeats', () => {
    // "the Biden administration" occurs four times in the sample; annotate the third.
    const third = article.indexOf('the Biden administration has argued')
    const selectors = select(article, 'the Biden administration', third)
    const edited = article.replace(
      'Earlier this week,',
      'Earlier this week, after weeks of warnings,'
    )
    const expected = edited.indexOf('the Biden administration has argued')
    expect(anchor(edited, selectors)).toMatchObject({ start: expected, status: 'exact' })
  })
})

suite('anchor: drifted', () => {
  it('finds a quote whose words were edited, at the edited words', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace('several militia members', 'several militiamen')
    const result = anchor(edited, selectors)
    const expected = at(edited, 'The strikes killed several militiamen and destroyed facilities')
    expect(result).toMatchObject({ ...expected, status: 'drifted' })
    expect(result.score).toBeGreaterThan(0.75)
    expect(result.score).toBeLessThan(1)
  })

  it('flags a verbatim quote whose neighbouring words changed', () => {
    const selectors = select(article, 'while convoys have also been targeted')
    const edited = article.replace(
      'that detonate upon contact, while',
      'that explode on contact, while'
    )
    expect(anchor(edited, selectors)).toMatchObject({
      ...at(edited, 'while convoys have also been targeted'),
      status: 'drifted'
    })
  })

  it('returns a span within the error budget of the quote', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace('killed several militia', 'killed sevral militias')
    const result = anchor(edited, selectors)
    expect(result.status).toBe('drifted')
    const span = edited.slice(result.start, result.end)
    expect(editDistance(span, QUOTE)).toBeLessThanOrEqual(errorBudget(QUOTE.length))
  })
})

suite('anchor: orphaned', () => {
  const orphaned = { start: -1, end: -1, status: 'orphaned', score: 0 }

  it('orphans a quote whose sentence was deleted, with -1 offsets and score 0', () => {
    const sentence =
      'The strikes killed several militia members and destroyed facilities that reportedly were designated for weapon storage or operational activities. '
    const selectors = select(article, QUOTE)
    expect(anchor(article.replace(sentence, ''), selectors)).toEqual(orphaned)
  })

  it('does not jump to a look-alike when the quoted sentence and its context are gone', () => {
    const lookAlike =
      'Officials said the strikes killed several militia fighters and destroyed depots used for weapon storage.'
    const original = `${article}\n\n${lookAlike}`
    const selectors = select(original, QUOTE)
    const edited = original.replace(
      /This is the second such military action[^]*?operational activities\. /,
      ''
    )
    expect(edited).not.toContain(QUOTE)
    expect(anchor(edited, selectors)).toEqual(orphaned)
  })

  it('orphans a quote that was rewritten beyond the error budget', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace(
      QUOTE,
      'Several fighters died and depots were wrecked in the raids'
    )
    expect(anchor(edited, selectors)).toEqual(orphaned)
  })

  it('orphans malformed selectors instead of throwing', () => {
    const selectors = select(article, QUOTE)
    const empty = { ...selectors, quote: { ...selectors.quote, exact: '' } }
    expect(anchor(article, empty)).toEqual(orphaned)
    expect(anchor('short', selectors)).toEqual(orphaned)
  })
})

suite('createAnchorer', () => {
  it('gives the same results as describe/anchor and hashes the text once', () => {
    const anchorer = createAnchorer(article)
    expect(anchorer.textHash).toBe(hashText(article))
    const start = article.indexOf(QUOTE)
    const selectors = anchorer.describe(start, start + QUOTE.length)
    expect(selectors).toEqual(describe(article, start, start + QUOTE.length))
    const edited = createAnchorer(article.replace('militia members', 'militiamen'))
    expect(edited.anchor(selectors)).toEqual(anchor(edited.text, selectors))
  })

  it('tolerates a hint outside the text', () => {
    const selectors = select(article, QUOTE)
    const far = { ...selectors, position: { ...selectors.position, start: 1e9, end: 1e9 + 5 } }
    expect(anchor(article, far)).toMatchObject({ ...at(article, QUOTE), status: 'exact' })
  })
})

// Text that shares no phrase with the passages below: `n` numbered ledger lines, one paragraph.
const filler = (n: number, from = 0): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `Ledger line ${from + i} lists ${((from + i) * 13) % 97} barrels from depot ${from + i}.`
  ).join(' ')

suite('anchor: heavy rewrites around the passage', () => {
  const before = 'Witnesses said the Committee to Protect Journalists were denied '
  const quote = 'access to the port, Ines Barzani told a news conference'
  const after = ' on Tuesday. A senior official declined to say when it would reopen.'
  const passage = `${before}${quote}${after}`

  it('finds a passage that moved beyond the first window and gained a word in one side of its context', () => {
    // 1,500 chars of new text before it leave the old position far behind, and "were residents
    // denied" costs the prefix 10 of its 32 chars: below the far floor alone, while the two sides
    // together still read as the same context.
    const original = `${filler(20)}\n\n${passage}\n\n${filler(20, 100)}`
    const selectors = select(original, quote)
    const edited = `${filler(25, 500)}\n\n${original.replace('were denied', 'were residents denied')}`
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, quote), status: 'drifted' })
  })

  it('prefers the rewritten passage between its intact context near the old position to a far copy of the quote with one side of its context', () => {
    // The copy has the same suffix and a prefix with a word more (11 of its 32 chars): acceptable
    // far away on its own, but no match for context intact on both sides near the old position.
    const copy = `${before.replace('were denied', 'were repeatedly denied')}${quote}${after}`
    const original = `${filler(10)}\n\n${passage}\n\n${filler(30, 100)}\n\n${copy}`
    const selectors = select(original, quote)
    const rewritten = 'access to the harbour, Ines Barzani said at a briefing'
    const edited = original.replace(passage, `${before}${rewritten}${after}`)
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, rewritten), status: 'drifted' })
  })

  it('orphans a moved passage that the text repeats with its context, rather than guess', () => {
    // Two copies of the quote with identical context on both sides, both far from the old
    // position: text alone cannot tell which one was annotated.
    const original = `${filler(10)}\n\n${passage}\n\n${filler(30, 100)}\n\n${passage}\n\n${filler(5, 300)}`
    const selectors = select(original, quote)
    const edited = `${original.replace(`${passage}\n\n`, '')}\n\n${passage}`
    expect(edited.split(passage)).toHaveLength(3)
    expect(anchor(edited, selectors)).toEqual({ start: -1, end: -1, status: 'orphaned', score: 0 })
  })
})

suite('anchor: a quote across a paragraph break', () => {
  const p0 = 'Aid agencies warned on Monday that supplies were running low across the province.'
  const p1 = 'Residents of Deir ez-Zor queued for hours at a fuel depot.'
  const p2 =
    'Few expect the budget dispute to survive the summer, Mateo Almeida posted on social media. The tentative plan for humanitarian access would collapse without it.'
  const x = 'Idris Farouk, who fled Kobani with relatives, now lives near a fuel depot.'
  const p3 = 'Engineers said repairs to the bridge could take until the end of the year.'

  it('keeps only the paragraph its context vouches for when the other was moved away and a look-alike took its place', () => {
    // The quote began in p1 ("fuel depot.") and went on into p2. p1 moved elsewhere; the
    // paragraph now before p2 happens to end in "fuel depot." too, but its text is unrelated to
    // the stored prefix: that "fuel depot." is not the annotated one.
    const original = [p0, p1, p2, x, p3].join('\n\n')
    const quote =
      'fuel depot.\n\nFew expect the budget dispute to survive the summer, Mateo Almeida posted on social media. The tentative plan'
    const selectors = select(original, quote)
    const edited = [p0, x, p2, p1, p3].join('\n\n')
    const larger =
      'Few expect the budget dispute to survive the summer, Mateo Almeida posted on social media. The tentative plan'
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, larger), status: 'drifted' })
  })

  it('keeps the whole quote when a word was inserted into its prefix', () => {
    // An edited prefix is still evidence (above the near floor): nothing is cut.
    const original = [p0, p1, p2, x, p3].join('\n\n')
    const quote = 'fuel depot.\n\nFew expect the budget dispute'
    const selectors = select(original, quote)
    const edited = original.replace('for hours at a fuel', 'for hours at a nearby fuel')
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, quote), status: 'drifted' })
  })
})

suite('anchor: a quote across a paragraph break, with little stored prefix', () => {
  it('is not cut to its last paragraph when only a few chars of prefix were stored', () => {
    // The quote starts 5 chars into the text's first line; deleting 3 of them leaves the short
    // prefix unlike itself, which is no evidence that the first paragraph moved away.
    const original =
      'Militia strikes hit depots in the north overnight\n\nEarlier this week, officials said the strikes killed several fighters near the border.'
    const start = 5
    const end = original.indexOf('Earlier') + 3
    const selectors = describe(original, start, end)
    const edited = original.slice(3)
    const result = anchor(edited, selectors)
    expect(result.status).not.toBe('orphaned')
    const found = edited.slice(result.start, result.end)
    expect(found.length * 2).toBeGreaterThan(selectors.quote.exact.length)
    expect(found).toContain('strikes hit depots in the north overnight')
  })
})

suite('anchor: a rewritten quote shifted far by edits above it', () => {
  const filler = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `Paragraph ${i} of the background section describes earlier fighting near the river.`
    ).join('\n\n')
  const prefixText = 'According to the provincial health directorate, '
  const quoteText = 'at least twelve civilians were killed when shells struck the central market'
  const suffixText = ' on Tuesday morning, residents told reporters by phone.'
  const original = `${filler(5)}\n\n${prefixText}${quoteText}${suffixText}\n\n${filler(3)}`
  const start = original.indexOf(quoteText)
  const selectors = describe(original, start, start + quoteText.length)
  const rewritten = 'at least nineteen civilians died when shells hit the busy central market'

  it('is found between its intact context, drifted, though thousands of chars away', () => {
    // A long background section added above moves the passage far beyond any search window.
    const edited = `${filler(60)}\n\n${original.replace(quoteText, rewritten)}`
    expect(editDistance(rewritten, quoteText) / quoteText.length).toBeGreaterThan(0.3)
    const result = anchor(edited, selectors)
    expect(result.status).toBe('drifted')
    expect(edited.slice(result.start, result.end)).toBe(rewritten)
  })

  it('is an orphan when its context is repeated far away around another plausible passage', () => {
    const twin = `${prefixText}at least seven civilians were hurt when shells struck the central market${suffixText}`
    const edited = `${filler(60)}\n\n${original.replace(quoteText, rewritten)}\n\n${filler(60)}\n\n${twin}`
    expect(anchor(edited, selectors).status).toBe('orphaned')
  })
})

suite('anchor: a quote across a paragraph break whose context was lightly edited', () => {
  it('keeps its last paragraph when a word was inserted at the start of its suffix', () => {
    const original =
      'Mobile networks in the city were cut for nine hours. Residents who fled the north now live near the old prison.\n\nHospitals reported forty admissions on Friday, most of them children, a doctor said.'
    const start = original.indexOf('were cut')
    const end = original.indexOf(' on Friday')
    const selectors = describe(original, start, end)
    // A word edit in the quote, and one word inserted right after it, in its suffix.
    const edited = original
      .replace('Residents who fled', 'Residents who had fled')
      .replace('admissions on Friday', 'admissions reportedly on Friday')
    const result = anchor(edited, selectors)
    expect(result.status).toBe('drifted')
    expect(edited.slice(result.start, result.end)).toBe(
      edited.slice(edited.indexOf('were cut'), edited.indexOf(' reportedly on Friday'))
    )
  })
})
