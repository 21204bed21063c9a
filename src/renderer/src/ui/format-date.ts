// One formatter each, made once: toLocaleString with options builds a new Intl.DateTimeFormat on
// every call (about 0.2 ms), which a list of a thousand cards paid on every render.
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
})
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit'
})

/** "2021-06-29" → "29 Jun 2021": day-month-year, unambiguous for readers on either side of the Atlantic. */
export function formatDate(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(d.getTime())) return isoDate
  return DATE.format(d)
}

/** "29 Jun 2021, 14:05" in the user's time zone, for created/edited stamps. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return DATE_TIME.format(d)
}
