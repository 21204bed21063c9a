import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { describeFsError } from './describe-fs-error'

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>

/**
 * Reads a file the user picked, refusing anything that is not a plain file or is over `maxBytes`
 * BEFORE reading it (a FIFO or device would block; a stray 4 GB file must not be pulled into
 * memory), and again after, since the file may have grown between stat and read. `tooLarge`
 * words the refusal for its kind of file; other failures become an io-error naming the file.
 */
export async function readBoundedFile(
  filePath: string,
  maxBytes: number,
  tooLarge: (size: number) => WorkbenchFailure
): Promise<Buffer> {
  const fileName = basename(filePath)
  try {
    const info = await stat(filePath)
    if (!info.isFile()) throw new WorkbenchFailure('unsupported', `${fileName} is not a file.`)
    if (info.size > maxBytes) throw tooLarge(info.size)
    const handle = await open(filePath, 'r')
    try {
      const data = await handle.readFile()
      if (data.byteLength > maxBytes) throw tooLarge(data.byteLength)
      return data
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof WorkbenchFailure) throw error
    throw new WorkbenchFailure('io-error', `Could not read ${fileName}: ${describeFsError(error)}.`)
  }
}

/**
 * The bytes as a Uint8Array that owns its whole buffer: IPC clones a view's entire buffer, so a
 * small file in Node's shared pool is copied out; a large read already owns its buffer and is
 * passed as it is (a 140 MB copy would hold this thread for tens of ms).
 */
export const ownBytes = (data: Uint8Array): Uint8Array =>
  data.byteOffset === 0 && data.byteLength === data.buffer.byteLength
    ? new Uint8Array(data.buffer, 0, data.byteLength)
    : new Uint8Array(data)
