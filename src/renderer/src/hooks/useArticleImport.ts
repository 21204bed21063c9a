import { useCallback, useState } from 'react'
import { markdownBlocks, parseMarkdown } from '../../../core/article/parse-markdown'
import type { ArticleRecord } from '../../../shared/model/article'
import { useNotices } from '../app/notices'
import { addArticle } from '../db/commands/add-article'
import { db } from '../db/db'
import {
  articleFromParsed,
  prepareArticleFile,
  type PreparedArticle
} from '../import/prepare-article'
import { readPickedFile } from '../platform/browser-platform'
import { platform } from '../platform'

export interface ArticleImport {
  /** Set when the imported content is already in the library. */
  duplicate: ArticleRecord | null
  clearDuplicate: () => void
  importFromDialog: () => Promise<void>
  importDroppedFiles: (files: FileList) => Promise<void>
  importPasted: (title: string, text: string) => Promise<boolean>
}

/** Import by dialog, drop or paste; every path validates first and writes nothing on refusal. */
export function useArticleImport(openArticle: (id: string) => void): ArticleImport {
  const { notify } = useNotices()
  const [duplicate, setDuplicate] = useState<ArticleRecord | null>(null)

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
      if (prepared.warning) notify('warning', prepared.warning)
      else notify('info', `Imported “${outcome.article.title}”.`)
      return true
    },
    [notify, openArticle]
  )

  const importBytes = useCallback(
    async (fileName: string, bytes: Uint8Array) =>
      store(await prepareArticleFile(fileName, bytes, new Date())),
    [store]
  )

  const importFromDialog = useCallback(async () => {
    const picked = await platform.openArticleFile()
    if (!picked.ok) notify('error', picked.error.message)
    else if (picked.value) await importBytes(picked.value.fileName, picked.value.bytes)
  }, [importBytes, notify])

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
    async (title: string, text: string) => {
      if (text.trim() === '') {
        notify('error', 'Paste the article text first: there is nothing to import.')
        return false
      }
      // Pasted text is read as Markdown: plain paragraphs parse the same, and headings/lists survive.
      const parsed = title.trim()
        ? { title: title.trim(), blocks: markdownBlocks(text) }
        : parseMarkdown(text, 'Pasted article')
      return store(await articleFromParsed(parsed, 'paste', new Date()))
    },
    [notify, store]
  )

  return {
    duplicate,
    clearDuplicate: () => setDuplicate(null),
    importFromDialog,
    importDroppedFiles,
    importPasted
  }
}
