const pad = (n: number): string => String(n).padStart(2, '0')

/** `analyst-workbench-backup-2024-05-03-0907.json`, in the user's local time, sorting by date. */
export function backupFileName(now: Date): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `analyst-workbench-backup-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.json`
}
