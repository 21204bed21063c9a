import type { BriefFootnote, BriefInline } from './brief-model'

/** Numbers footnotes in order of first citation; a key cited again gets its first number back. */
export interface FootnoteRegistry {
  cite(key: string, content: () => BriefInline[]): { number: number; repeat: boolean }
  footnotes(): BriefFootnote[]
}

/** A fresh registry for one brief. */
export function createFootnoteRegistry(): FootnoteRegistry {
  const numbers = new Map<string, number>()
  const list: BriefFootnote[] = []
  return {
    cite(key, content) {
      const known = numbers.get(key)
      if (known !== undefined) return { number: known, repeat: true }
      const number = list.length + 1
      numbers.set(key, number)
      list.push({ number, content: content() })
      return { number, repeat: false }
    },
    footnotes: () => [...list]
  }
}
