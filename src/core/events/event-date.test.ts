import { describe, expect, it } from 'vitest'
import {
  dateOfDay,
  datePeriod,
  dayNumber,
  formatEventDate,
  isRealDate,
  isoDateOf,
  periodsOverlap
} from './event-date'

describe('isRealDate', () => {
  it.each(['2024-02-29', '2023-12-31', '1997-01-01'])('accepts %s', (d) => {
    expect(isRealDate(d)).toBe(true)
  })
  it.each(['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-5-3', '03/05/2024', ''])(
    'refuses %s',
    (d) => {
      expect(isRealDate(d)).toBe(false)
    }
  )
})

describe('day arithmetic', () => {
  it('round-trips day numbers', () => {
    expect(dateOfDay(dayNumber('2024-03-01') - 1)).toBe('2024-02-29')
    expect(() => dayNumber('2024-02-30')).toThrow(RangeError)
  })
  it('reads the UTC date of an instant', () => {
    expect(isoDateOf(new Date('2024-05-03T23:30:00Z'))).toBe('2024-05-03')
  })
  it('gives the period of each precision', () => {
    const d = dayNumber('2024-02-05')
    expect(datePeriod('2024-02-05', 1)).toEqual({ first: d, last: d })
    expect(datePeriod('2024-02-05', 2)).toEqual({ first: d, last: d + 6 })
    expect(datePeriod('2024-02-05', 3)).toEqual({
      first: dayNumber('2024-02-01'),
      last: dayNumber('2024-02-29')
    })
  })
})

describe('periodsOverlap', () => {
  const at = (eventDate: string, timePrecision: 1 | 2 | 3) => ({ eventDate, timePrecision })
  it('matches a day inside a week or a month', () => {
    expect(periodsOverlap(at('2024-05-03', 1), at('2024-05-03', 1))).toBe(true)
    expect(periodsOverlap(at('2024-05-03', 1), at('2024-05-04', 1))).toBe(false)
    expect(periodsOverlap(at('2024-05-08', 1), at('2024-05-06', 2))).toBe(true)
    expect(periodsOverlap(at('2024-05-13', 1), at('2024-05-06', 2))).toBe(false)
    expect(periodsOverlap(at('2024-05-31', 1), at('2024-05-01', 3))).toBe(true)
    expect(periodsOverlap(at('2024-06-01', 1), at('2024-05-01', 3))).toBe(false)
  })
  it('never matches a missing date', () => {
    expect(periodsOverlap(at('', 1), at('', 1))).toBe(false)
  })
})

describe('formatEventDate', () => {
  it('writes dates as analysts read them', () => {
    expect(formatEventDate('2024-05-03', 1)).toBe('3 May 2024')
    expect(formatEventDate('2024-05-06', 2)).toBe('the week of 6 May 2024')
    expect(formatEventDate('2024-05-01', 3)).toBe('May 2024')
    expect(formatEventDate('', 1)).toBe('')
  })
})
