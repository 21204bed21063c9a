import { describe, expect, it } from 'vitest'
import { lintText, type LintIssue } from './analytic-lint'
import { LIKELIHOOD_TERMS } from './icd203'

const flagged = (text: string, kind?: LintIssue['kind']): string[] =>
  lintText(text)
    .filter((i) => kind === undefined || i.kind === kind)
    .map((i) => text.slice(i.from, i.to))

describe('lintText: likelihood and confidence in one sentence', () => {
  it.each([
    'We assess with high confidence that it is likely the militia will withdraw.',
    'It is very unlikely, with moderate confidence, that talks resume.',
    'We are highly confident that an attack is almost certain.',
    'Our confidence is low, but a ceasefire is roughly even chance.',
    'A strike is probable (high-confidence assessment).',
    'We judge with low confidence that they will probably attack.'
  ])('flags the whole sentence: %s', (sentence) => {
    const text = `Context first. ${sentence} Then more.`
    expect(flagged(text, 'mixed-likelihood-confidence')).toEqual([sentence])
  })

  it.each([
    'It is likely that the militia will withdraw. We have high confidence in this judgment.',
    'We have moderate confidence in this judgment.',
    'An attack is very likely within the week.',
    'The source is confident the convoy reached Goma.',
    'Confidence in the ceasefire is growing among residents.',
    'The high court confirmed the ruling. A new appeal is unlikely.'
  ])('leaves separate statements alone: %s', (text) => {
    expect(flagged(text, 'mixed-likelihood-confidence')).toEqual([])
  })

  it('suggests the matching confidence statement', () => {
    const [issue] = lintText('With high confidence, it is likely.')
    expect(issue?.kind).toBe('mixed-likelihood-confidence')
    expect(issue?.suggestions).toEqual(['We have high confidence in this judgment.'])
    expect(issue?.message).toContain('likely')
    expect(issue?.message).toContain('high confidence')
  })

  it('offers every level when the confidence word gives none', () => {
    const [issue] = lintText('We are confident it is unlikely.')
    expect(issue?.suggestions).toHaveLength(3)
  })

  it('does not join sentences across an abbreviation', () => {
    const text = 'Gen. Ali has high confidence in his troops. Victory is likely.'
    expect(flagged(text, 'mixed-likelihood-confidence')).toEqual([])
  })
})

describe('lintText: vague probability', () => {
  it.each([
    ['The militia will probably withdraw.', 'probably'],
    ['They might attack the depot.', 'might'],
    ['Talks could resume next week.', 'could'],
    ['The convoy may be delayed.', 'may'],
    ['Possibly the ceasefire holds.', 'Possibly'],
    ['Perhaps the rebels regroup.', 'Perhaps'],
    ['Maybe they return.', 'Maybe'],
    ['It is possible that the bridge falls.', 'It is possible that'],
    ['May they return? Nobody knows.', 'May']
  ])('flags the hedge in: %s', (text, word) => {
    expect(flagged(text, 'vague-probability')).toEqual([word])
  })

  it.each([
    'On 3 May the militia entered the town.',
    'The strike happened in May 2024.',
    'The offensive began. May 12 was the worst day.',
    'The army could not reach the village.',
    "Observers couldn't confirm the figure.",
    'The show of military might was deliberate.',
    'A withdrawal is likely.',
    'The minister said “we may respond” on television.',
    'He warned "they could strike again" in a statement.',
    'Casualties are unlikely to exceed ten.'
  ])('does not flag: %s', (text) => {
    expect(flagged(text, 'vague-probability')).toEqual([])
  })

  it('suggests all seven standard terms, nearest first', () => {
    const [probably] = lintText('They will probably attack.')
    expect(probably?.suggestions[0]).toBe('likely')
    expect([...(probably?.suggestions ?? [])].sort()).toEqual([...LIKELIHOOD_TERMS].sort())
    const [might] = lintText('They might attack.')
    expect(might?.suggestions[0]).toBe('roughly even chance')
    expect(might?.message).toContain('45–55%')
  })

  it('reports offsets into the paragraph text, sorted', () => {
    const text = 'Perhaps. They might, or could, go.'
    const issues = lintText(text)
    expect(issues.map((i) => [i.from, i.to])).toEqual([
      [0, 7],
      [14, 19],
      [24, 29]
    ])
  })

  it('flags both the sentence and its hedge when they overlap', () => {
    const issues = lintText('With high confidence they will probably attack.')
    expect(issues.map((i) => i.kind)).toEqual(['mixed-likelihood-confidence', 'vague-probability'])
  })

  it('works across inline objects and returns nothing for clean text', () => {
    expect(flagged('The source \uFFFC says the town fell. It is likely to hold.')).toEqual([])
    expect(lintText('')).toEqual([])
  })
})
