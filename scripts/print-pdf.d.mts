export const MAX_PRINT_HTML_BYTES: number
export const PRINT_TIMEOUT_MS: number
export function printArgs(options: {
  htmlFile: string
  pdfFile: string
  profileDir: string
  isRoot?: boolean
}): string[]
export function printHtmlToPdf(
  html: string,
  options: { chromium: string; timeoutMs?: number }
): Promise<Buffer>
export const PRINT_POLICY: string
export function withPrintPolicy(html: string): string | null
