import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from '../../shared/ipc-contract'

export type ByteProblem = { code: 'empty' | 'too-large' | 'binary'; message: string }

/** Bytes per window of the binary test: `file(1)` judges the first such window only. */
const WINDOW = 8192
/** Share of control bytes above which a window is binary, not text. */
const MAX_CONTROL_SHARE = 0.05

/**
 * Refuses what cannot be an article before any decoding: empty files, files over the size limit,
 * and binary files: a NUL byte, or many control characters in any 8 KB window, anywhere in the
 * file (a binary file renamed .txt may start with a page of text; `file(1)` reads only that).
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
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (utf16) return null
  const at = firstBinaryWindow(bytes, 0, bytes.length)
  return at === null ? null : binary(fileName, at)
}

/** Control bytes of no text: below tab, and between carriage return and space. */
export const isControlByte = (b: number): boolean => b < 9 || (b > 13 && b < 32)

/**
 * Where binary data starts in bytes[from, to): the start of the first 8 KB window holding a NUL
 * byte or more than 5% control bytes (`isControl`), or null when there is none.
 */
export function firstBinaryWindow(
  bytes: Uint8Array,
  from: number,
  to: number,
  isControl: (b: number) => boolean = isControlByte
): number | null {
  for (let start = from; start < to; start += WINDOW) {
    const end = Math.min(start + WINDOW, to)
    let control = 0
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number
      if (b === 0) return start
      if (isControl(b)) control++
    }
    if (control / (end - start) > MAX_CONTROL_SHARE) return start
  }
  return null
}

function binary(fileName: string, at: number): ByteProblem {
  const where = at === 0 ? '' : ` (binary data from byte ${at.toLocaleString('en')} on)`
  return {
    code: 'binary',
    message: `“${fileName}” is a binary file, not text${where}. Nothing was imported. Import one of: ${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}.`
  }
}
