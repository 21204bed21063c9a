// Plain-language reasons for the errors an analyst can actually hit when saving or reading.
const REASONS: Readonly<Record<string, string>> = {
  EROFS: 'the folder is read-only',
  EACCES: 'you do not have permission to write there',
  EPERM: 'the operation was not permitted (the file may be read-only or in use)',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder with that name is in the way',
  EEXIST: 'a file with that name already exists',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  ENAMETOOLONG: 'the name or path is too long',
  EIO: 'the disk reported an input/output error',
  EXDEV: 'the file cannot be moved across disks'
}

export interface FsError {
  code: string
  message: string
}

/** True for Node's errno-style errors (`{ code: 'EACCES', … }`). */
export function isFsError(error: unknown): error is FsError {
  if (typeof error !== 'object' || error === null) return false
  const { code, message } = error as { code?: unknown; message?: unknown }
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof message === 'string'
}

/** A short reason to put after "Could not write report.docx: ". */
export function describeFsError(error: unknown): string {
  if (isFsError(error))
    return REASONS[error.code] ?? `${error.code.toLowerCase()} (${error.message})`
  if (error instanceof Error) return error.message
  return String(error)
}
