import type { ExportContext } from '../export-data'

// A BCP 47 tag as Word, HTML and pandoc accept it: letters and digits in hyphenated parts.
const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** The language a brief declares: the context's when it is a well-formed tag, else English. */
export function briefLanguage(ctx: Pick<ExportContext, 'language'>): string {
  const tag = ctx.language?.trim() ?? ''
  return BCP47.test(tag) ? tag : 'en'
}
