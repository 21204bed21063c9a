import { execFileSync } from 'node:child_process'

/** A pandoc JSON AST element: `{ t: 'Header', c: [...] }`; leaves like Space have no `c`. */
export interface PandocElement {
  t: string
  c?: unknown
}

export interface PandocDocument {
  meta: Record<string, unknown>
  blocks: PandocElement[]
}

/**
 * Fails with a clear message when pandoc is missing: the reader checks must run, never skip
 * (CI installs pandoc in .ci/run; locally `apt-get install pandoc`).
 */
export function requirePandoc(): string {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]!
  } catch (error) {
    throw new Error(
      `pandoc is required for the real-reader checks of exported briefs but could not be run ` +
        `(${(error as Error).message}). Install it: apt-get install pandoc`
    )
  }
}

/** Runs pandoc to JSON on a file, or on `input` through stdin. */
export function pandocJson(args: string[], input?: string): PandocDocument {
  const out = execFileSync('pandoc', [...args, '-t', 'json'], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return JSON.parse(out) as PandocDocument
}

function isElement(value: unknown): value is PandocElement {
  return (
    typeof value === 'object' && value !== null && typeof (value as PandocElement).t === 'string'
  )
}

/** Every element of type `t` anywhere under `node`, in document order. */
export function findAll(node: unknown, t: string): PandocElement[] {
  const found: PandocElement[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isElement(value)) {
      if (value.t === t) found.push(value)
      visit(value.c)
    } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit)
  }
  visit(node)
  return found
}

/** The text under a node: Str joined, spaces and breaks as single spaces. */
export function textOf(node: unknown): string {
  const parts: string[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isElement(value)) {
      if (value.t === 'Str') parts.push(value.c as string)
      else if (['Space', 'SoftBreak', 'LineBreak'].includes(value.t)) parts.push(' ')
      else if (value.t === 'Code') parts.push((value.c as [unknown, string])[1])
      else if (value.t === 'Link') visit((value.c as unknown[])[1])
      else if (value.t === 'Quoted') {
        // pandoc's smart typography turns quotation marks into Quoted: put them back.
        const [kind, inlines] = value.c as [PandocElement, unknown]
        const [open, close] = kind.t === 'SingleQuote' ? ['‘', '’'] : ['“', '”']
        parts.push(open)
        visit(inlines)
        parts.push(close)
      } else visit(value.c)
    }
  }
  visit(node)
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** The targets of the links under a node. */
export function linkTargets(node: unknown): string[] {
  return findAll(node, 'Link').map((link) => (link.c as [unknown, unknown, [string, string]])[2][0])
}

/** Header elements as "level text". */
export function headers(doc: PandocDocument): string[] {
  return findAll(doc.blocks, 'Header').map((h) => {
    const [level, , inlines] = h.c as [number, unknown, unknown]
    return `${level} ${textOf(inlines)}`
  })
}
