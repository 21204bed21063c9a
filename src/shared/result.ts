/** Error codes that cross process boundaries; plain data, never Error instances. */
export type ErrorCode =
  | 'invalid-payload'
  | 'forbidden-sender'
  | 'cancelled'
  | 'not-found'
  | 'too-large'
  | 'io-error'
  | 'unsupported'
  | 'internal'

export interface WorkbenchError {
  code: ErrorCode
  message: string
}

/** The envelope every IPC call returns instead of throwing (thrown errors lose their type across invoke). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: WorkbenchError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message }
})
