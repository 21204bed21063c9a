import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from './format-date'

describe('formatDate', () => {
  it('gives day, short month and year, whatever the time zone', () => {
    expect(formatDate('2021-06-29')).toBe('29 Jun 2021')
    expect(formatDate('2021-06-29T23:59:00Z')).toBe('29 Jun 2021')
  })
  it('returns what it was given when it is not a date', () => {
    expect(formatDate('sometime')).toBe('sometime')
  })
})

describe('formatDateTime', () => {
  it('gives the same text as toLocaleString with the same options', () => {
    const iso = '2025-03-14T10:05:00.000Z'
    expect(formatDateTime(iso)).toBe(
      new Date(iso).toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit'
      })
    )
    expect(formatDateTime(iso)).toMatch(/^\d{1,2} Mar 2025, \d\d:\d\d$/)
  })
  it('returns what it was given when it is not a date', () => {
    expect(formatDateTime('not a date')).toBe('not a date')
  })
})
