import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from '../../shared/ipc-contract'

export type ByteProblem = { code: 'empty' | 'too-large' | 'binary'; message: string }

/**
 * Refuses what cannot be an article before any decoding: empty files, files over the size limit,
 * and binary files (NUL bytes or many control characters in the first 8 KB, as `file(1)` judges).
 */
export function inspectFileBytes(fileName: string, bytes: Uint8Array): ByteProblem | null {
  if (bytes.length === 0)
    return { code: 'empty', message: `“${fileName}” is empty: there is no text to import.` }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1)
    return {
      code: 'too-large',
      message: `“${fileName}” is ${mb} MB; articles larger than 10 MB are not imported.`
    }
  }
  const head = bytes.subarray(0, 8192)
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  let control = 0
  for (const b of head) {
    if (b === 0 && !utf16) return binary(fileName)
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  if (!utf16 && control / head.length > 0.05) return binary(fileName)
  return null
}

function binary(fileName: string): ByteProblem {
  return {
    code: 'binary',
    message: `“${fileName}” is a binary file, not text. Import one of: ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}.`
  }
}
