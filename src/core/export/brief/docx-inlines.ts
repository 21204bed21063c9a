import {
  Bookmark,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InternalHyperlink,
  TextRun,
  type ParagraphChild
} from 'docx'
import type { BriefInline, BriefTextRun } from './brief-model'
import { DOCX_STYLE } from './docx-styles'

const MONO = 'Consolas'

function textRun(run: BriefTextRun, linkStyle = false): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.marks.bold,
    italics: run.marks.italic,
    underline: run.marks.underline ? {} : undefined,
    strike: run.marks.strike,
    font: run.marks.code ? MONO : undefined,
    style: linkStyle ? DOCX_STYLE.hyperlink : undefined
  })
}

/** The bookmark around a footnote's first reference, which later references link to. */
export function footnoteBookmark(n: number): string {
  return `_RefFootnote${n}`
}

/**
 * Inline content as DOCX runs. A footnote is referenced once (Word numbers footnotes by their
 * references, so a second reference would get a number of its own); a later citation of the same
 * annotation shows the first one's number, styled like it and linked to it.
 */
export function docxInlines(inlines: readonly BriefInline[]): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const inline of inlines) {
    if (inline.kind === 'text') out.push(textRun(inline))
    else if (inline.kind === 'break') out.push(new TextRun({ break: 1 }))
    else if (inline.kind === 'link')
      out.push(
        new ExternalHyperlink({
          link: inline.href,
          children: inline.runs.map((r) => textRun(r, true))
        })
      )
    else {
      out.push(new TextRun({ text: `“${inline.quote}”`, style: DOCX_STYLE.quoteChar }))
      const n = inline.footnote
      out.push(
        inline.repeat
          ? new InternalHyperlink({
              anchor: footnoteBookmark(n),
              children: [new TextRun({ text: String(n), style: DOCX_STYLE.footnoteReference })]
            })
          : new Bookmark({ id: footnoteBookmark(n), children: [new FootnoteReferenceRun(n)] })
      )
    }
  }
  return out
}
