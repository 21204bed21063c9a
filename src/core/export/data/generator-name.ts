import type { ExportContext } from '../export-data'

/** The product name the record exports sign with, e.g. "Analyst Workbench 0.1.0". */
export function generatorName(ctx: ExportContext): string {
  return `Analyst Workbench ${ctx.appVersion}`
}
