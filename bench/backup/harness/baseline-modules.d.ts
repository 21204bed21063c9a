// The modules of the baseline commit the harness bundles (build-harness.ts), typed as far as the
// harness uses them: their signatures at that commit.

/** The renderer's build injects it (env.d.ts); the harness imports the platforms, which name it. */
declare const __APP_VERSION__: string
declare module 'baseline:make-backup-text' {
  export function makeBackupText(
    db: { name: string },
    ctx: { now: string; appVersion: string }
  ): Promise<string>
}
declare module 'baseline:browser-platform' {
  import type { SaveFileRequest, SnapshotWritten } from '@shared/ipc-contract'
  import type { Result } from '@shared/result'
  export function createBrowserPlatform(doc?: Document): {
    saveFile: (request: SaveFileRequest) => Promise<Result<{ path: string } | null>>
    writeSnapshot: (request: { data: string; reason: 'change' }) => Promise<Result<SnapshotWritten>>
  }
}
declare module 'baseline:electron-platform' {
  import type { SaveFileRequest, SnapshotWritten } from '@shared/ipc-contract'
  import type { Result } from '@shared/result'
  export function createElectronPlatform(api: {
    saveFile: (request: SaveFileRequest) => Promise<Result<{ path: string } | null>>
    writeSnapshot: (request: { data: string; reason: 'change' }) => Promise<Result<SnapshotWritten>>
  }): {
    saveFile: (request: SaveFileRequest) => Promise<Result<{ path: string } | null>>
    writeSnapshot: (request: { data: string; reason: 'change' }) => Promise<Result<SnapshotWritten>>
  }
}
