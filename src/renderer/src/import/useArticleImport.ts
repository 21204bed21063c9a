import { useCallback, useState } from 'react'
import type { LineBreakRule } from '@core/article/line-break-rule'
import { reportSummary } from '@core/article/import-report'
import type { ArticleRecord } from '@shared/model/article'
import type { FileFromOutside } from '@shared/ipc-contract'
import { useNotices } from '../services/notices'
import { addArticle } from '../db/commands/add-article'
import { db } from '../db/db'
import type { ImportAttachment } from '../import/document-import'
import {
  articleFromParsed,
  prepareArticleFile,
  type PreparedArticle
} from '../import/prepare-article'
import { pasteToArticle, type PasteReading } from '../import/paste-to-article'
import { readPickedFile } from '../platform/browser-platform'
import { platform } from '../platform'
import { setImportProgress } from './pdf/import-progress'

/** The attachments of an e-mail just imported, offered as articles of their own. */
export interface OfferedAttachments {
  messageTitle: string
  attachments: ImportAttachment[]
}

export interface ArticleImport {
  /** Set when the imported content is already in the library. */
  duplicate: ArticleRecord | null
  clearDuplicate: () => void
  offeredAttachments: OfferedAttachments | null
  clearOfferedAttachments: () => void
  /** Imports one offered attachment; true when it became an article. */
  importAttachment: (attachment: ImportAttachment) => Promise<boolean>
  importFromDialog: () => Promise<void>
  importDroppedFiles: (files: FileList) => Promise<void>
  importPasted: (
    title: string,
    text: string,
    rule: LineBreakRule,
    reading: PasteReading
  ) => Promise<boolean>
  /** Imports a file the operating system handed the desktop app, or says why it could not be read. */
  importFromOutside: (file: FileFromOutside) => Promise<void>
}

/** Files from this size on are announced while they are read. */
const SAY_IMPORTING_FROM_BYTES = 1_000_000

/** Import by dialog, drop or paste; every path validates first and writes nothing on refusal. */
export function useArticleImport(openArticle: (id: string) => void): ArticleImport {
  const { notify } = useNotices()
  const [duplicate, setDuplicate] = useState<ArticleRecord | null>(null)
  const [offeredAttachments, setOfferedAttachments] = useState<OfferedAttachments | null>(null)

  const store = useCallback(
    async (prepared: PreparedArticle): Promise<boolean> => {
      if (!prepared.ok) {
        notify('error', prepared.message)
        return false
      }
      const outcome = await addArticle(db, prepared.article, prepared.source)
      if (outcome.kind === 'duplicate') {
        setDuplicate(outcome.existing)
        return false
      }
      openArticle(outcome.article.id)
      const attachments = prepared.attachments ?? []
      const listed =
        attachments.length > 0
          ? ` It has ${attachments.length === 1 ? 'an attachment' : `${attachments.length} attachments`}: ${attachments.map((a) => a.fileName).join(', ')}.`
          : ''
      // What was not kept is said with the import, never a bare "Imported".
      const lost = reportSummary(outcome.article.importReport)
      if (prepared.warning)
        notify('warning', `${prepared.warning}${lost ? ` ${lost}` : ''}${listed}`)
      else if (lost) notify('warning', `Imported “${outcome.article.title}” — ${lost}${listed}`)
      else notify('info', `Imported “${outcome.article.title}”.${listed}`)
      if (attachments.some((a) => a.importable))
        setOfferedAttachments({ messageTitle: outcome.article.title, attachments })
      return true
    },
    [notify, openArticle]
  )

  const importBytes = useCallback(
    async (fileName: string, bytes: Uint8Array) => {
      // A large file takes a few seconds to read (in a worker): the progress line says it is on
      // its way, and goes once it is read (a PDF's reader puts its pages there meanwhile).
      const announce = bytes.length >= SAY_IMPORTING_FROM_BYTES
      if (announce)
        setImportProgress({ fileName, done: 0, total: 0, stage: 'text', bytes: bytes.length })
      let prepared: Awaited<ReturnType<typeof prepareArticleFile>>
      try {
        prepared = await prepareArticleFile(fileName, bytes, new Date())
      } finally {
        if (announce) setImportProgress(null)
      }
      return store(prepared)
    },
    [store]
  )

  const importAttachment = useCallback(
    (attachment: ImportAttachment) => importBytes(attachment.fileName, attachment.bytes),
    [importBytes]
  )

  const importFromDialog = useCallback(async () => {
    const picked = await platform.openArticleFile()
    if (!picked.ok) notify('error', picked.error.message)
    else if (picked.value) await importBytes(picked.value.fileName, picked.value.bytes)
  }, [importBytes, notify])

  // A file the operating system handed to the desktop app (Open With, a double-click, the command
  // line): read and size-checked by main, then imported as if picked with Import….
  const importFromOutside = useCallback(
    async (file: FileFromOutside) => {
      if ('error' in file) notify('error', file.error)
      else await importBytes(file.fileName, file.bytes)
    },
    [importBytes, notify]
  )

  const importDroppedFiles = useCallback(
    async (files: FileList) => {
      for (const file of Array.from(files)) {
        const read = await readPickedFile(file)
        if (!read.ok) notify('error', read.error.message)
        else await importBytes(read.value.fileName, read.value.bytes)
      }
    },
    [importBytes, notify]
  )

  const importPasted = useCallback(
    async (title: string, text: string, rule: LineBreakRule, reading: PasteReading) => {
      const read = pasteToArticle(title, text, rule, reading)
      if (!read.ok) {
        notify('error', read.message)
        return false
      }
      return store(await articleFromParsed(read.parsed, 'paste', new Date(), {}, 'The pasted text'))
    },
    [notify, store]
  )

  return {
    duplicate,
    clearDuplicate: () => setDuplicate(null),
    offeredAttachments,
    clearOfferedAttachments: () => setOfferedAttachments(null),
    importAttachment,
    importFromDialog,
    importDroppedFiles,
    importPasted,
    importFromOutside
  }
}
