// Tiny PDFs written by hand at test time, for what a printer never produces: fonts the file names
// but does not embed (the standard 14, a predefined CJK character map).

/** A PDF of one A4 page from its content stream and its font dictionary, with a correct xref. */
export function handMadePdf(content: string, fonts: string, extraObjects: string[] = []): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font ${fonts} >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    ...extraObjects
  ]
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const pdfString = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`)

/** Lines of text in Helvetica, named by the file and not embedded in it. */
export function helveticaPdf(lines: readonly string[]): Buffer {
  const content = lines
    .map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 18} Td (${pdfString(line)}) Tj ET`)
    .join('\n')
  return handMadePdf(content, '<< /F1 5 0 R >>', [
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  ])
}

/**
 * Lines of Japanese in a CID font the file does not embed, its text encoded with the predefined
 * CMap UniJIS-UCS2-H (two bytes of UCS-2 per character): the text can only be read with that
 * CMap (and Adobe-Japan1-UCS2 back to Unicode), which pdf.js does not carry in its code.
 */
export function japanesePdf(lines: readonly string[]): Buffer {
  const hex = (line: string) =>
    [...line].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')
  const content = lines
    .map((line, i) => `BT /F1 14 Tf 72 ${760 - i * 22} Td <${hex(line)}> Tj ET`)
    .join('\n')
  return handMadePdf(content, '<< /F1 5 0 R >>', [
    '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>'
  ])
}
