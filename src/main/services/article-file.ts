import { basename, extname } from 'node:path'
import { ARTICLE_EXTENSIONS, type OpenedFile } from '@shared/ipc-contract'
import { maxImportBytes } from '@shared/import-limits'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { formatBytes } from '@shared/format-bytes'
import { readBoundedFile, type ShowOpenDialog } from './read-bounded-file'

const extensionList = ARTICLE_EXTENSIONS.map((ext) => `.${ext}`).join(', ')

function tooLarge(fileName: string, size: number, maxBytes: number): WorkbenchFailure {
  return new WorkbenchFailure(
    'too-large',
    `${fileName} is ${formatBytes(size)}; the workbench opens articles up to ${formatBytes(maxBytes)}.`
  )
}

/**
 * Reads an article file, refusing unsupported types and anything over `maxBytes` BEFORE
 * reading it (a stray 4 GB file must not be pulled into memory and sent over IPC).
 */
export async function readArticleFile(filePath: string, maxLimit?: number): Promise<OpenedFile> {
  const fileName = basename(filePath)
  // Word files and e-mails carry pictures and attachments, so their limit is larger.
  const maxBytes = maxLimit ?? maxImportBytes(fileName)
  const extension = extname(fileName).slice(1).toLowerCase()
  // The dialog filter is only a hint: on Linux the user can type any name.
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new WorkbenchFailure(
      'unsupported',
      `${fileName} is not an article file the workbench can import (${extensionList}).`
    )
  }
  const data = await readBoundedFile(filePath, maxBytes, (size) =>
    tooLarge(fileName, size, maxBytes)
  )
  // A copy, so exactly these bytes (not a shared pool buffer) are cloned across IPC.
  return { fileName, bytes: new Uint8Array(data) }
}

/** `article:open-file`: native open dialog, then the checked read. Null when cancelled. */
export async function openArticleFile(
  showOpenDialog: ShowOpenDialog,
  maxBytes?: number
): Promise<OpenedFile | null> {
  const result = await showOpenDialog({
    title: 'Import article',
    properties: ['openFile'],
    filters: [{ name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] }]
  })
  const filePath = result.filePaths[0]
  if (result.canceled || filePath === undefined) return null
  return readArticleFile(filePath, maxBytes)
}
