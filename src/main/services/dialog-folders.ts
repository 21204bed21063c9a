import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { z } from 'zod'

/** The file dialogs that remember where the analyst last was. */
export type DialogKind = 'import' | 'backup' | 'export'

const storedFolders = z
  .object({
    import: z.string().optional(),
    backup: z.string().optional(),
    export: z.string().optional()
  })
  .strip()

export interface DialogFolders {
  /** The folder this kind of dialog opens in: where a file was last picked or saved, else Documents. */
  folderFor: (kind: DialogKind) => string
  /** Remembers the folder of `filePath` for this kind of dialog, across restarts. */
  remember: (kind: DialogKind, filePath: string) => void
}

/**
 * Where the Import, Restore and Export dialogs open: each where it was last used, kept in
 * `dialog-folders.json` in the data folder (the operating system's own memory of it started the
 * open dialogs in Downloads every time). A damaged file is ignored, never trusted.
 */
export function createDialogFolders(options: {
  dataDir: string
  defaultDir: string
  read?: (file: string) => string
  write?: (file: string, text: string) => void
}): DialogFolders {
  const file = join(options.dataDir, 'dialog-folders.json')
  const read = options.read ?? ((path) => readFileSync(path, 'utf-8'))
  const write = options.write ?? ((path, text) => writeFileSync(path, text))
  let folders: z.infer<typeof storedFolders> = {}
  try {
    const parsed = storedFolders.safeParse(JSON.parse(read(file)))
    if (parsed.success) folders = parsed.data
  } catch {
    // None yet, or unreadable: every dialog starts in Documents.
  }
  return {
    folderFor: (kind) => {
      const folder = folders[kind]
      return folder && isAbsolute(folder) ? folder : options.defaultDir
    },
    remember: (kind, filePath) => {
      folders = { ...folders, [kind]: dirname(filePath) }
      try {
        write(file, `${JSON.stringify(folders, null, 2)}\n`)
      } catch {
        // Only the memory of the folder is lost; the file itself was opened or saved.
      }
    }
  }
}
