import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy.mjs'
import type { ExportContext, ExportData } from '../export-data'
import type { BriefBlock, BriefFootnote, BriefTableRow } from './brief-model'
import { BRIEF_CSS } from './brief-css'
import { buildBrief } from './build-brief'
import { briefLanguage } from './brief-language'
import { escapeHtml } from './html-escape'
import { footnoteRefId, htmlInlines, type FootnoteRefCounter } from './html-inlines'

function tableHtml(
  caption: string | null,
  rows: readonly BriefTableRow[],
  refs: FootnoteRefCounter
): string {
  const headCount = rows.findIndex((row) => !row.header)
  const split = headCount === -1 ? rows.length : headCount
  const rowHtml = (row: BriefTableRow): string => {
    const tag = row.header ? 'th' : 'td'
    const scope = row.header ? ' scope="col"' : ''
    return `<tr>${row.cells.map((c) => `<${tag}${scope}>${htmlInlines(c, refs)}</${tag}>`).join('')}</tr>`
  }
  const head = rows.slice(0, split).map(rowHtml).join('\n')
  const body = rows.slice(split).map(rowHtml).join('\n')
  return [
    '<table>',
    caption === null ? '' : `<caption>${escapeHtml(caption)}</caption>`,
    head === '' ? '' : `<thead>\n${head}\n</thead>`,
    body === '' ? '' : `<tbody>\n${body}\n</tbody>`,
    '</table>'
  ]
    .filter((part) => part !== '')
    .join('\n')
}

function blockHtml(block: BriefBlock, refs: FootnoteRefCounter): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${htmlInlines(block.content, refs)}</h${block.level}>`
    case 'paragraph':
      return `<p>${htmlInlines(block.content, refs)}</p>`
    case 'list': {
      const items = block.items.map((item) => {
        const inner = blocksHtml(item.blocks, refs)
        if (block.style !== 'task') return `<li>${inner}</li>`
        const box = `<input type="checkbox" disabled${item.checked ? ' checked' : ''}> `
        return `<li class="task">${box}${inner}</li>`
      })
      const open =
        block.style === 'ordered'
          ? `<ol${block.start === 1 ? '' : ` start="${block.start}"`}>`
          : `<ul${block.style === 'task' ? ' class="task-list"' : ''}>`
      return `${open}\n${items.join('\n')}\n${block.style === 'ordered' ? '</ol>' : '</ul>'}`
    }
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(block.blocks, refs)}\n</blockquote>`
    case 'code': {
      const cls = block.language ? ` class="language-${escapeHtml(block.language)}"` : ''
      return `<pre><code${cls}>${escapeHtml(block.text)}</code></pre>`
    }
    case 'rule':
      return '<hr>'
    case 'table':
      return tableHtml(block.caption, block.rows, refs)
    case 'eventCard': {
      const fields = block.fields
        .map((f) => {
          const value = f.href
            ? `<a href="${escapeHtml(f.href)}">${escapeHtml(f.value)}</a>`
            : escapeHtml(f.value)
          return `<dt>${escapeHtml(f.label)}</dt><dd>${value}</dd>`
        })
        .join('')
      const link = block.link
        ? `\n<p><a href="${escapeHtml(block.link)}" class="show-url">Open in Analyst Workbench</a></p>`
        : ''
      return `<aside class="event-card">\n<p><strong>${escapeHtml(block.title)}</strong></p>\n<dl>${fields}</dl>${link}\n</aside>`
    }
  }
}

function blocksHtml(blocks: readonly BriefBlock[], refs: FootnoteRefCounter): string {
  return blocks.map((block) => blockHtml(block, refs)).join('\n')
}

function footnotesHtml(footnotes: readonly BriefFootnote[], refs: FootnoteRefCounter): string {
  if (footnotes.length === 0) return ''
  const items = footnotes.map((note) => {
    const count = refs.get(note.number) ?? 1
    const backs = Array.from({ length: count }, (_, i) => {
      const label = count === 1 ? '↩' : `↩${i + 1}`
      return `<a href="#${footnoteRefId(note.number, i + 1)}" class="footnote-back" role="doc-backlink" aria-label="Back to reference ${note.number}">${label}</a>`
    }).join(' ')
    return `<li id="fn-${note.number}">${htmlInlines(note.content, new Map())} ${backs}</li>`
  })
  return `<section class="footnotes" role="doc-endnotes">\n<h2>Notes</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`
}

/** The notes of `data` as one standalone HTML5 file (inline CSS, print styles, no resources). */
export function briefToHtml(data: ExportData, ctx: ExportContext): string {
  const brief = buildBrief(data, ctx)
  const refs: FootnoteRefCounter = new Map()
  const body = blocksHtml(brief.blocks, refs)
  return `<!DOCTYPE html>
<html lang="${escapeHtml(briefLanguage(ctx))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CONTENT_SECURITY_POLICY}">
<meta name="generator" content="Analyst Workbench ${escapeHtml(ctx.appVersion)}">
<meta name="dcterms.created" content="${escapeHtml(brief.createdAt)}">
<title>${escapeHtml(brief.title)}</title>
<style>
${BRIEF_CSS}
</style>
</head>
<body>
<article class="brief">
<header>
<h1>${escapeHtml(brief.title)}</h1>
<p class="exported">${escapeHtml(brief.subtitle)}</p>
</header>
${body}
${footnotesHtml(brief.footnotes, refs)}
</article>
</body>
</html>
`
}
