/** "3.2 MB", "10 MB", "512 KB": sizes as an analyst reads them in an error message. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const rounded = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1)
  return `${rounded} ${units[unit]}`
}
