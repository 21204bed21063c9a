/**
 * A backup or snapshot as the platform hands it over, undecoded: the picked File (browser mode;
 * posting it to a worker passes a handle, not its bytes) or the file's bytes (desktop; transferred
 * to the worker, not copied). The backup worker reads and decodes it (read-backup-data.ts), so
 * the page never holds the whole text.
 */
export type BackupData = Blob | Uint8Array
