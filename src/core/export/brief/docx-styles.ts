import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  type INumberingOptions,
  type IStylesOptions
} from 'docx'

/** Named styles the DOCX brief uses; names match Word's built-ins so Word and pandoc know them. */
export const DOCX_STYLE = {
  quote: 'Quote',
  quoteChar: 'QuoteChar',
  code: 'SourceCode',
  eventCard: 'EventCard',
  caption: 'Caption',
  hyperlink: 'Hyperlink',
  footnoteReference: 'FootnoteReference'
} as const

const BODY_FONT = 'Cambria'
const MONO_FONT = 'Consolas'
const heading = (size: number) => ({
  run: { bold: true, size, font: 'Calibri', color: '1F2A36' },
  paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true }
})

/** Paragraph, character and default styles of the brief, its text in `language` (BCP 47). */
export function docxStyles(language: string): IStylesOptions {
  return {
    ...DOCX_STYLES,
    default: {
      ...DOCX_STYLES.default,
      document: {
        ...DOCX_STYLES.default?.document,
        run: { ...DOCX_STYLES.default?.document?.run, language: { value: language } }
      }
    }
  }
}

const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: BODY_FONT, size: 22 }, paragraph: { spacing: { after: 120 } } },
    title: {
      run: { bold: true, size: 40, font: 'Calibri' },
      paragraph: { spacing: { after: 60 } }
    },
    heading1: heading(32),
    heading2: heading(28),
    heading3: heading(25),
    heading4: heading(23),
    heading5: heading(22),
    heading6: heading(22)
  },
  paragraphStyles: [
    {
      id: DOCX_STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      link: DOCX_STYLE.quoteChar,
      quickFormat: true,
      run: { italics: true, color: '404040' },
      paragraph: {
        indent: { left: 720, right: 720 },
        keepLines: true,
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8A8A8A', space: 8 } }
      }
    },
    {
      id: DOCX_STYLE.code,
      name: 'Source Code',
      basedOn: 'Normal',
      run: { font: MONO_FONT, size: 19 },
      paragraph: {
        keepLines: true,
        spacing: { after: 120 },
        shading: { type: 'clear', fill: 'F4F4F4', color: 'auto' }
      }
    },
    {
      id: DOCX_STYLE.eventCard,
      name: 'Event Card',
      basedOn: 'Normal',
      paragraph: {
        keepLines: true,
        keepNext: true,
        spacing: { after: 0 },
        indent: { left: 240 },
        border: { left: { style: BorderStyle.SINGLE, size: 24, color: '4A6A8A', space: 8 } }
      }
    }
  ],
  characterStyles: [
    {
      id: DOCX_STYLE.quoteChar,
      name: 'Quote Char',
      basedOn: 'DefaultParagraphFont',
      link: DOCX_STYLE.quote,
      run: { italics: true, color: '404040' }
    }
  ]
}

export const BULLET_LIST = 'brief-bullet'
export const ORDERED_LIST = 'brief-ordered'

const BULLETS = ['•', '◦', '▪']

/** List definitions: bullets, and decimal lists (one reference per start number used). */
export function docxNumbering(orderedStarts: ReadonlySet<number>): INumberingOptions {
  const indent = (level: number) => ({ indent: { left: 720 * (level + 1), hanging: 360 } })
  const levels = Array.from({ length: 9 }, (_, level) => level)
  return {
    config: [
      {
        reference: BULLET_LIST,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLETS[level % BULLETS.length]!,
          alignment: AlignmentType.LEFT,
          style: { paragraph: indent(level) }
        }))
      },
      ...[...orderedStarts]
        .sort((a, b) => a - b)
        .map((start) => ({
          reference: orderedReference(start),
          levels: levels.map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            start: level === 0 ? start : 1,
            alignment: AlignmentType.LEFT,
            style: { paragraph: indent(level) }
          }))
        }))
    ]
  }
}

/** The numbering reference of an ordered list starting at `start`. */
export function orderedReference(start: number): string {
  return start === 1 ? ORDERED_LIST : `${ORDERED_LIST}-${start}`
}
