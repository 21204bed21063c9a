import { describe, expect, it } from 'vitest'
import { findDates } from './suggest-date'

const read = (text: string, publishedAt?: string): string[] =>
  findDates(text, 0, text.length, publishedAt).map((d) => `${d.value.date}/${d.value.precision}`)

describe('findDates', () => {
  // 2021-06-30 is a Wednesday.
  it('reads "earlier this week" as the week: its Monday, precision 2', () => {
    expect(
      read('Earlier this week, the United States carried out airstrikes', '2021-06-30')
    ).toEqual(['2021-06-28/2'])
    expect(read("tensions brought about by this week's series of events", '2021-06-30')).toEqual([
      '2021-06-28/2'
    ])
    expect(read('last week', '2024-03-18')).toEqual(['2024-03-11/2'])
  })

  it('keeps the week on or before the publication date when it is published on a Monday', () => {
    expect(read('earlier this week', '2021-06-28')).toEqual(['2021-06-28/2'])
  })

  it('reads "(back) in February of this year" as the month, precision 3', () => {
    expect(read('following the ones back in February of this year.', '2021-06-30')).toEqual([
      '2021-02-01/3'
    ])
    expect(read('in February of this year', '2021-06-30')).toEqual(['2021-02-01/3'])
    expect(read('Last month, similar protests', '2023-07-13')).toEqual(['2023-06-01/3'])
  })

  it('puts a month without a year in the past', () => {
    expect(read('fighting in the town in December killed 15', '2024-03-18')).toEqual([
      '2023-12-01/3'
    ])
  })

  it('reads weekdays and explicit days as days, looking back from the publication date', () => {
    expect(read('last Tuesday police arrested', '2021-06-30')).toEqual(['2021-06-29/1'])
    expect(read('on Friday', '2021-06-30')).toEqual(['2021-06-25/1'])
    expect(read('on Wednesday, July 12, as demonstrations', '2023-07-13')).toEqual(['2023-07-12/1'])
    expect(read("during Saturday's fighting", '2024-03-18')).toEqual(['2024-03-16/1'])
  })

  it('returns nothing for relative phrases without a publication date, never today', () => {
    expect(read('Earlier this week, the strikes')).toEqual([])
    expect(read('back in February of this year')).toEqual([])
    expect(read('on Friday')).toEqual([])
  })

  it('keeps explicit dates without a publication date', () => {
    expect(read('On 12 March 2024 protesters marched')).toEqual(['2024-03-12/1'])
    expect(read('in February 2021')).toEqual(['2021-02-01/3'])
  })

  it('gives offsets into the whole text and the words without trailing punctuation', () => {
    const text = 'Police said. On Thursday, the minister spoke.'
    const [d] = findDates(text, 13, text.length, '2023-07-13')
    expect(d?.words).toBe('On Thursday')
    expect(text.slice(d?.start, d?.end)).toBe('On Thursday')
  })

  it('ignores years alone and times of day', () => {
    expect(read('since taking office earlier this year', '2021-06-30')).toEqual([])
  })
})
