// Word and e-mail import benchmark, in Node (the parts that need no DOM):
//
// - Word: a generated 200-page report (6,000 paragraphs, 150,000 words). "ours" is what the
//   importer does before sanitising: checkDocx (central directory, every XML part really
//   unpacked under a limit, the zip-bomb guard) and then mammoth. The named baseline is
//   "mammoth alone", what an importer without the guard would do. The guard is timed on its
//   own too (a difference of two totals drowns in noise on a loaded machine). Target: the
//   guard costs at most 10 % of mammoth's time.
// - E-mail: a 20 MB message (an HTML body and a 14 MB attachment, base64), parsed by
//   postal-mime with the importer's limits; the named baseline is "decode the same bytes as
//   UTF-8 text", the least any reading of the file costs. Target: ≤ 2,000 ms.
//
// Median of 5 runs after 2 warm-up runs. Run: npx tsx bench/import/docx-eml-bench.ts (exits 1 if
// a target is missed). Writes bench/import/docx-eml-last-run.md.
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import PostalMime from 'postal-mime'
import { checkDocx } from '../../src/renderer/src/import/check-docx'
import { docxToHtml } from '../../src/renderer/src/import/docx-html'

const WARM_UP = 2
const RUNS = 5
const HERE = dirname(fileURLToPath(import.meta.url))

/** Seeded words, so every run converts the same document. */
function words(seed: number, count: number): string {
  const vocabulary =
    'the militia convoy shelled village border report said police crowd bridge'.split(' ')
  let x = seed
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    out.push(vocabulary[x % vocabulary.length]!)
  }
  return out.join(' ')
}

async function report(): Promise<Uint8Array> {
  const children: Paragraph[] = []
  for (let i = 0; i < 6_000; i++) {
    if (i % 40 === 0)
      children.push(
        new Paragraph({ text: `Section ${i / 40 + 1}`, heading: HeadingLevel.HEADING_1 })
      )
    children.push(
      i % 10 === 9
        ? new Paragraph({ text: words(i, 25), bullet: { level: 0 } })
        : new Paragraph({ text: words(i, 25) })
    )
  }
  return new Uint8Array(
    await Packer.toBuffer(new Document({ title: 'Bench report', sections: [{ children }] }))
  )
}

function message(): Uint8Array {
  const attachment = Buffer.alloc(14 * 1024 * 1024)
  for (let i = 0; i < attachment.length; i++) attachment[i] = (i * 31 + 7) & 0xff
  const html = `<html><body>${Array.from({ length: 500 }, (_, i) => `<p>${words(i, 40)}</p>`).join('')}</body></html>`
  const eml = [
    'From: Bench <bench@example.org>',
    'Subject: Bench message',
    'Date: Mon, 2 Feb 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
    '--b',
    'Content-Type: application/octet-stream; name="data.bin"',
    'Content-Disposition: attachment; filename="data.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    attachment.toString('base64').replace(/.{76}/g, '$&\r\n'),
    '--b--',
    ''
  ].join('\r\n')
  return new TextEncoder().encode(eml)
}

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

const docx = await report()
const convert = (): Promise<unknown> => docxToHtml(docx)
const guardMs = await median(async () => {
  const checked = await checkDocx('bench.docx', docx)
  if (!checked.ok) throw new Error(checked.message)
})
const mammothMs = await median(convert)
const oursMs = await median(async () => {
  await checkDocx('bench.docx', docx)
  await convert()
})
const overhead = guardMs / mammothMs

const eml = message()
const parseMs = await median(() =>
  PostalMime.parse(eml, { maxNestingDepth: 50, maxPartCount: 2000, maxRfc822NestingDepth: 5 })
)
const decodeMs = await median(async () => new TextDecoder().decode(eml))

const ms = (v: number): string => `${v.toFixed(0)} ms`
const rows = [
  [
    'Word, 200 pages (' + (docx.length / 1024).toFixed(0) + ' KB)',
    'check + mammoth',
    ms(oursMs),
    `mammoth alone ${ms(mammothMs)}`,
    `guard ≤ 10 % of mammoth (is ${(overhead * 100).toFixed(1)} %: ${ms(guardMs)})`,
    overhead <= 0.1
  ],
  [
    'E-mail, ' + (eml.length / 1024 / 1024).toFixed(1) + ' MB',
    'postal-mime parse',
    ms(parseMs),
    `UTF-8 decode ${ms(decodeMs)}`,
    '≤ 2,000 ms',
    parseMs <= 2000
  ]
] as const
const table = [
  '| file | ours | time | baseline | target | pass |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} | ${r[4]} | ${r[5] ? 'yes' : 'NO'} |`)
].join('\n')
const header = `Run ${new Date().toISOString()}, ${cpus().length} cores, load average ${loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')}, Node ${process.version}.`
console.log(`${header}\n\n${table}`)
writeFileSync(join(HERE, 'docx-eml-last-run.md'), `${header}\n\n${table}\n`)
if (rows.some((r) => !r[5])) process.exit(1)
