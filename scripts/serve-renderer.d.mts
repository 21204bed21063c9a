import type { Server } from 'node:http'

export declare const DEFAULT_PORT: number
export declare const DEFAULT_HOST: string
export declare const CONTENT_SECURITY_POLICY: string
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>
export declare const MIME_TYPES: Readonly<Record<string, string>>
export declare function mimeType(file: string): string
export declare function validatePort(value: string | number | undefined, source?: string): number
export declare function resolvePort(flag: string | undefined, env?: NodeJS.ProcessEnv): number
export declare function portInUseMessage(port: number): string
export declare function resolveRequestPath(root: string, target: string): string | null
export declare function isAllowedHost(hostHeader: string | undefined): boolean
export interface RunningServer {
  server: Server
  port: number
  url: string
  close: () => Promise<void>
}
export declare const PRINT_PDF_PATH: string
export declare const PRINT_HEADER: string
export declare function serveRenderer(options: {
  root: string
  port?: number
  host?: string
  chromium?: string | null
}): Promise<RunningServer>
