import { basename, join } from 'node:path'
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import type { SaveFileRequest } from '@shared/ipc-contract'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { writeFileAtomic } from './atomic-write'
import { describeFsError } from './describe-fs-error'

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>

export interface ExportDeps {
  showSaveDialog: ShowSaveDialog
  /** Folder the dialog opens in. */
  defaultDir: string
  write?: (path: string, data: string | Uint8Array) => Promise<void>
}

/** `export:save-file`: native save dialog, then an atomic write. Null when cancelled. */
export async function saveExportFile(
  request: SaveFileRequest,
  deps: ExportDeps
): Promise<{ path: string } | null> {
  const result = await deps.showSaveDialog({
    title: request.title ?? 'Export',
    defaultPath: join(deps.defaultDir, request.suggestedName),
    filters: request.filters.map((filter) => ({
      name: filter.name,
      extensions: [...filter.extensions]
    })),
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (result.canceled || !result.filePath) return null
  const write = deps.write ?? writeFileAtomic
  try {
    await write(result.filePath, request.data)
  } catch (error) {
    throw new WorkbenchFailure(
      'io-error',
      `Could not write ${basename(result.filePath)}: ${describeFsError(error)}.`
    )
  }
  return { path: result.filePath }
}
