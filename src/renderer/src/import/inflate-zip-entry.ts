import type { ZipEntry } from '@core/article/read-zip-directory'

export type Inflated =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'damaged' }

/**
 * Unpacks one zip entry with the platform's DecompressionStream, stopping as soon as more than
 * `limit` bytes come out. The size an archive declares is not trusted: a crafted file (a "zip
 * bomb") can declare a few kilobytes and unpack to gigabytes.
 */
export async function inflateZipEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  limit: number
): Promise<Inflated> {
  const packed = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.encrypted) return { ok: false, reason: 'damaged' }
  if (entry.method === 0) {
    return packed.length > limit ? { ok: false, reason: 'too-large' } : { ok: true, bytes: packed }
  }
  if (entry.method !== 8) return { ok: false, reason: 'damaged' }
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(packed)
      controller.close()
    }
  })
  const reader = source
    .pipeThrough(
      new DecompressionStream('deflate-raw') as ReadableWritablePair<Uint8Array, Uint8Array>
    )
    .getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > limit) {
        await reader.cancel().catch(() => undefined)
        return { ok: false, reason: 'too-large' }
      }
      chunks.push(value)
    }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return { ok: true, bytes }
}
