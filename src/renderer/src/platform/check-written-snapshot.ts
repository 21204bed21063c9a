import { fail, ok, type Result } from '@shared/result'

/** Read and compared a piece at a time: a 150 MB snapshot is never held twice at once. */
const PIECE_BYTES = 4 * 1024 * 1024

/**
 * Checks a snapshot as the browser stored it: byte for byte what was handed over, and a backup
 * this version can open (`verify`, the backup format's parser). Run in a worker by the browser
 * platform (check-snapshot.worker.ts), so the page never reads a big snapshot's text.
 */
export async function checkWrittenSnapshot(
  written: Blob,
  source: Blob,
  verify: (text: string) => Result<unknown>
): Promise<Result<null>> {
  if (!(await sameBytes(written, source)))
    return fail(
      'io-error',
      'The snapshot read back differently from what was written; it was removed.'
    )
  const checked = verify(await written.text())
  return checked.ok
    ? ok(null)
    : fail(
        'invalid-payload',
        `The snapshot is not a valid backup (${checked.error.message}); it was removed.`
      )
}

async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  if (a.size !== b.size) return false
  for (let at = 0; at < a.size; at += PIECE_BYTES) {
    const [x, y] = await Promise.all([
      a.slice(at, at + PIECE_BYTES).arrayBuffer(),
      b.slice(at, at + PIECE_BYTES).arrayBuffer()
    ])
    const u = new Uint8Array(x)
    const v = new Uint8Array(y)
    if (u.length !== v.length) return false
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false
  }
  return true
}
