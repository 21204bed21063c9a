import { readFile as fsReadFile } from 'node:fs/promises'
import { mimeTypeFor } from '@shared/mime-types.mjs'
import { securityHeaders } from './content-security-policy'
import { resolveAppPath } from './resolve-app-path'

// Only what a Vite build emits (shared's map, the one browser mode serves by too); anything else
// is served as bytes with nosniff.
export const contentTypeFor = mimeTypeFor

type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') })
}

/** The `protocol.handle('app', …)` handler: serves the built renderer from `rootDir`, nothing else. */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadFile = fsReadFile
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed')
    }
    const filePath = resolveAppPath(request.url, rootDir)
    if (filePath === null) return plainResponse(404, 'Not found')
    let body: Uint8Array<ArrayBuffer>
    try {
      body = await readFile(filePath)
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
        return plainResponse(404, 'Not found')
      }
      console.error(`app:// could not read ${filePath}:`, error)
      return plainResponse(500, 'Could not read the file')
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: securityHeaders(contentTypeFor(filePath))
    })
  }
}
