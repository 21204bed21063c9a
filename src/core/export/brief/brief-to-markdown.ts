import type { ExportContext, ExportData } from '../export-data'
import type { BriefBlock, BriefListItem, BriefTableRow } from './brief-model'
import { buildBrief } from './build-brief'
import { escapeLineStart, escapeMarkdown, markdownHref } from './markdown-escape'
import { markdownInlines } from './markdown-inlines'

function paragraphLines(markdown: string): string[] {
  return markdown.split('\n').map(escapeLineStart)
}

/** Prefixes every line; blank lines get the prefix without its trailing spaces. */
function indent(lines: string[], first: string, rest: string): string[] {
  return lines.map((line, i) => {
    const prefix = i === 0 ? first : rest
    return line === '' ? prefix.trimEnd() : prefix + line
  })
}

function itemLines(item: BriefListItem, marker: string): string[] {
  const lines: string[] = []
  item.blocks.forEach((block, i) => {
    // A sublist right under its paragraph keeps the list tight; other blocks need a blank line.
    if (i > 0 && block.kind !== 'list') lines.push('')
    lines.push(...blockLines(block))
  })
  if (lines.length === 0) return [marker.trimEnd()]
  return indent(lines, marker, ' '.repeat(marker.length))
}

function listLines(block: Extract<BriefBlock, { kind: 'list' }>): string[] {
  const loose = block.items.some((item) => item.blocks.filter((b) => b.kind !== 'list').length > 1)
  const lines: string[] = []
  block.items.forEach((item, i) => {
    if (i > 0 && loose) lines.push('')
    const marker =
      block.style === 'ordered'
        ? `${block.start + i}. `
        : block.style === 'task'
          ? `- [${item.checked ? 'x' : ' '}] `
          : '- '
    lines.push(...itemLines(item, marker))
  })
  return lines
}

function tableLines(caption: string | null, rows: readonly BriefTableRow[]): string[] {
  const width = Math.max(1, ...rows.map((row) => row.cells.length))
  const line = (row: BriefTableRow | undefined): string => {
    const cells = Array.from({ length: width }, (_, i) =>
      markdownInlines(row?.cells[i] ?? [], '<br>')
    )
    return `| ${cells.map((cell) => cell || ' ').join(' | ')} |`
  }
  // A pipe table always has a header row: the first row is it, whether or not it was marked so.
  const [head, ...body] = rows
  const lines = [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)]
  return caption === null ? lines : [`**${escapeMarkdown(caption)}**`, '', ...lines]
}

function codeLines(text: string, language: string | null): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [
    `${fence}${language ? escapeMarkdown(language).replace(/\s/g, '') : ''}`,
    ...text.split('\n'),
    fence
  ]
}

function blockLines(block: BriefBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${markdownInlines(block.content, ' ')}`]
    case 'paragraph':
      return paragraphLines(markdownInlines(block.content))
    case 'list':
      return listLines(block)
    case 'blockquote':
      return indent(blocksLines(block.blocks), '> ', '> ')
    case 'code':
      return codeLines(block.text, block.language)
    case 'rule':
      return ['---']
    case 'table':
      return tableLines(block.caption, block.rows)
    case 'eventCard': {
      const lines = [
        `**${escapeMarkdown(block.title)}**`,
        ...block.fields.map(
          (f) =>
            `${escapeMarkdown(f.label)}: ${
              f.href
                ? `[${escapeMarkdown(f.value)}](${markdownHref(f.href)})`
                : escapeMarkdown(f.value)
            }`
        )
      ]
      if (block.link) lines.push(`[${escapeMarkdown(block.link)}](${markdownHref(block.link)})`)
      return paragraphLines(lines.join('\\\n'))
    }
  }
}

function blocksLines(blocks: readonly BriefBlock[]): string[] {
  return blocks.flatMap((block, i) => (i === 0 ? blockLines(block) : ['', ...blockLines(block)]))
}

/** The notes of `data` as a GFM/pandoc Markdown brief with footnotes. */
export function briefToMarkdown(data: ExportData, ctx: ExportContext): string {
  const brief = buildBrief(data, ctx)
  const lines = [
    `# ${escapeMarkdown(brief.title)}`,
    '',
    `*${escapeMarkdown(brief.subtitle)}*`,
    '',
    ...blocksLines(brief.blocks)
  ]
  if (brief.footnotes.length > 0) {
    lines.push('')
    for (const note of brief.footnotes)
      lines.push(`[^${note.number}]: ${markdownInlines(note.content, ' ')}`)
  }
  return `${lines.join('\n')}\n`
}
