import { describe, expect, it } from 'vitest'
import { pageDate } from './page-date'

describe('pageDate', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2019-04-28 06:01:07', '2019-04-28'],
    ['2021-11-01T10:52:50+0100', '2021-11-01'],
    ['2018-12-21', '2018-12-21'],
    ['Tue, 24 Jul 2015 05:36:09 GMT', '2015-07-24'],
    ['2019-02-30T00:00:00Z', ''],
    ['yesterday', ''],
    ['', ''],
    [null, '']
  ])('%s → %s', (stamp, day) => expect(pageDate(stamp)).toBe(day))
})
