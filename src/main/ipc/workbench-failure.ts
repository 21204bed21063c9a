import type { ErrorCode } from '@shared/result'

/**
 * Thrown by services to fail a call with a specific code ('too-large', 'io-error', …).
 * Never crosses IPC itself: the handler wrapper turns it into plain `{ code, message }` data.
 */
export class WorkbenchFailure extends Error {
  override readonly name = 'WorkbenchFailure'
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
