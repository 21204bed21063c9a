/** "2026-11-25 14:03 UTC" from an ISO timestamp; the input itself when it is not a date. */
export function formatExportDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** "2026-11-25": the UTC day of an ISO timestamp, for file names; '' when it is not a date. */
export function exportDay(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
}
