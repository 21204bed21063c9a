import { z } from 'zod'
import {
  isSnapshotName,
  snapshotReasons,
  type SnapshotInfo,
  type SnapshotReason,
  type SnapshotRequestReason,
  type SnapshotWritten
} from './snapshot-names'

/** The only file types the workbench imports as articles. */
export const ARTICLE_EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'html',
  'htm',
  'mhtml',
  'mht',
  'docx',
  'eml',
  'pdf'
] as const

/** Largest text article file the workbench accepts (bytes); Word files, e-mails and PDFs: import-limits.ts. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024

export const themeSchema = z.enum(['system', 'light', 'dark'])
export type ThemePreference = z.infer<typeof themeSchema>

export interface AppInfo {
  appVersion: string
  electronVersion: string
  chromeVersion: string
  platform: string
  dataDir: string
}

export interface OpenedFile {
  fileName: string
  bytes: Uint8Array
}

/**
 * A backup file as read for a restore: its bytes, undecoded and not yet validated. The
 * renderer transfers them to its backup worker, which decodes and validates them: a 140 MB
 * text decoded here would reach the page as a string it then had to copy to the worker.
 */
export interface OpenedBackup {
  fileName: string
  bytes: Uint8Array
}

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]+$/i))
    .min(1)
    .max(20)
})

/** Largest file the main process writes for an export or a backup. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/]/.test(n), 'a file name, not a path'),
  filters: z.array(fileFilterSchema).max(10),
  data: z.union([
    z.string().max(MAX_EXPORT_BYTES),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'at most 512 MB')
  ]),
  /** The save dialog's title; "Export" when absent. */
  title: z.string().min(1).max(100).optional()
})
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>

/** Largest HTML document the main process prints to PDF (a brief citing thousands of passages). */
export const MAX_PRINT_HTML_CHARS = 50 * 1024 * 1024

export const printPdfRequestSchema = z.object({
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS)
})
export type PrintPdfRequest = z.infer<typeof printPdfRequestSchema>

/**
 * Largest snapshot the main process writes or reads (bytes of UTF-8 JSON); a string's length
 * never exceeds its UTF-8 size, so the same number bounds the request. Matches the backup
 * format's limit, since a snapshot is a backup file.
 */
export const MAX_SNAPSHOT_BYTES = 150 * 1024 * 1024

export const snapshotWriteRequestSchema = z.object({
  // Its UTF-8 bytes as the backup worker made them (the page never holds a big snapshot's
  // text), or the text itself.
  data: z.union([
    z.string().min(1).max(MAX_SNAPSHOT_BYTES),
    z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength > 0, 'not empty')
      .refine((b) => b.byteLength <= MAX_SNAPSHOT_BYTES, 'at most 150 MB')
  ]),
  reason: z.enum(snapshotReasons)
})
export type SnapshotWriteRequest = z.infer<typeof snapshotWriteRequestSchema>

export const snapshotReadRequestSchema = z.object({
  name: z.string().max(64).refine(isSnapshotName, 'a snapshot file name, not a path')
})

/** The renderer's answer to a quit request when it has nothing new to snapshot. */
export const snapshotSkipRequestSchema = z.object({ reason: z.literal('quit') })

/**
 * Channel map: name -> request schema and response type. Main registers one handler per
 * channel (a missing one is a compile error) and validates every request with the schema.
 */
export const ipcRequestSchemas = {
  'app:get-info': z.undefined(),
  'article:open-file': z.undefined(),
  'export:save-file': saveFileRequestSchema,
  'export:print-pdf': printPdfRequestSchema,
  'backup:open-file': z.undefined(),
  'data:reveal-folder': z.undefined(),
  'window:set-theme': themeSchema,
  'snapshot:write': snapshotWriteRequestSchema,
  'snapshot:list': z.undefined(),
  'snapshot:read': snapshotReadRequestSchema,
  'snapshot:skip': snapshotSkipRequestSchema
} as const

export interface IpcResponses {
  'app:get-info': AppInfo
  /** null when the user cancelled the dialog. */
  'article:open-file': OpenedFile | null
  /** The saved path, or null when the user cancelled. */
  'export:save-file': { path: string } | null
  /** The PDF bytes of the printed HTML. */
  'export:print-pdf': Uint8Array
  /** null when the user cancelled the dialog. */
  'backup:open-file': OpenedBackup | null
  'data:reveal-folder': void
  'window:set-theme': void
  /** Written, read back and verified; `warning` says e.g. that disk space is low. */
  'snapshot:write': SnapshotWritten
  /** Newest first. */
  'snapshot:list': SnapshotInfo[]
  /** The snapshot's bytes (a backup file), undecoded: the renderer's backup worker reads them. */
  'snapshot:read': Uint8Array
  'snapshot:skip': void
}

export type IpcChannel = keyof typeof ipcRequestSchemas
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>
export type IpcResponse<C extends IpcChannel> = IpcResponses[C]

/** Commands the application menu sends to the renderer. */
export const menuCommands = [
  'import-article',
  'paste-article',
  'export',
  'back-up',
  'restore-backup',
  'restore-snapshot',
  'show-shortcuts',
  'show-about',
  'theme-system',
  'theme-light',
  'theme-dark'
] as const
export type MenuCommand = (typeof menuCommands)[number]

/** Events pushed from main to the renderer. */
export interface IpcEvents {
  'menu:command': MenuCommand
  /**
   * Main asks for a final snapshot before the window closes; the renderer answers with
   * `snapshot:write` (reason 'quit') or `snapshot:skip`, and main closes after a timeout anyway.
   */
  'snapshot:request': SnapshotRequestReason
  /** A workbench:// deep link the OS handed to the app, validated and re-written by main. */
  'app:open-link': string
  /**
   * A file the OS asked the app to open (Open With, a double-click on an associated type, a path
   * on the command line): read and size-checked by main, imported by the renderer as if picked
   * with Import…; `error` says why it could not be read.
   */
  'app:open-file': FileFromOutside
}

/** A file handed to the app from outside: its bytes, or why they could not be read. */
export type FileFromOutside =
  { fileName: string; bytes: Uint8Array } | { fileName: string; error: string }
export type IpcEventChannel = keyof IpcEvents

export type { SnapshotInfo, SnapshotReason, SnapshotRequestReason, SnapshotWritten }
