/**
 * The publication day of a page's time stamp ("2015-07-24T05:36:09+01:00", "2019-04-28 06:01:07",
 * "Tue, 24 Jul 2015 05:36:09 GMT") as YYYY-MM-DD, or '' when it is not a date. An ISO stamp keeps
 * the day the publisher wrote, not the day in UTC: an article published at 00:30 in Paris is dated
 * as Paris dated it.
 */
export function pageDate(stamp: string | null | undefined): string {
  const text = (stamp ?? '').trim()
  if (!text) return ''
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text)
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) return ''
  const d = new Date(ms)
  return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

function validDay(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return ''
  if (y < 1900 || y > 2999) return ''
  return date.toISOString().slice(0, 10)
}
