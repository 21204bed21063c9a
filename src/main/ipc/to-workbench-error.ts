import type { WorkbenchError } from '@shared/result'
import { describeFsError, isFsError } from '../services/describe-fs-error'
import { WorkbenchFailure } from './workbench-failure'

/** Converts anything a handler threw into plain, cloneable error data. */
export function toWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchFailure) return { code: error.code, message: error.message }
  if (isFsError(error)) return { code: 'io-error', message: describeFsError(error) }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message: message || 'Unexpected error' }
}
