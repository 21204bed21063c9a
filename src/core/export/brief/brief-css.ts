/**
 * The brief's only stylesheet, inlined so the file has no external resources. Screen: a readable
 * column. Print: serif body, page margins, headings kept with what follows, quotes, table rows,
 * cards and footnotes not split across pages, and link addresses printed after linked text
 * (paper has no hover), including workbench:// deep links.
 */
export const BRIEF_CSS = `
:root { color-scheme: light; }
body {
  margin: 2rem auto; max-width: 44rem; padding: 0 1rem; color: #1b1b1b; background: #fff;
  font: 1.05rem/1.55 "Source Serif 4", "Source Serif Pro", Georgia, Cambria, "Times New Roman", serif;
}
h1, h2, h3, h4, h5, h6 { font-family: system-ui, "Segoe UI", Helvetica, Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
.exported { color: #555; font-style: italic; margin-top: 0; }
blockquote { margin: 1rem 0; padding: 0.2rem 1rem; border-left: 3px solid #8a8a8a; color: #333; }
.cited-quote { font-style: italic; }
sup.footnote-ref { line-height: 0; }
sup.footnote-ref a { text-decoration: none; }
pre { background: #f4f4f4; padding: 0.6rem 0.8rem; overflow-x: auto; white-space: pre-wrap; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
li > p { margin: 0.2rem 0; }
ul.task-list { list-style: none; padding-left: 1.2rem; }
li.task > input + p { display: inline; }
.event-card { border: 1px solid #bbb; border-left: 4px solid #4a6a8a; padding: 0.5rem 0.9rem; margin: 1rem 0; }
.event-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.4rem 0; }
.event-card dt { font-weight: bold; }
.event-card dd { margin: 0; }
.footnotes { border-top: 1px solid #bbb; margin-top: 2.5rem; font-size: 0.92rem; }
.footnotes li { margin-bottom: 0.4rem; }
.footnotes a { overflow-wrap: anywhere; }
@page { size: A4; margin: 2cm 2.2cm; }
@media print {
  /* 2px each side: a table's collapsed outer border and a card's border sit on the edge of the
     printable area, and Chromium clipped their right-hand line. */
  body { margin: 0; max-width: none; padding: 0 2px; font-size: 11pt; line-height: 1.4; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p { orphans: 3; widows: 3; }
  blockquote, pre, tr, .event-card, .footnotes li, .cited-quote { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  a.show-url::after { content: " <" attr(href) ">"; font-size: 0.85em; overflow-wrap: anywhere; }
  .footnote-back { display: none; }
  .footnotes { font-size: 9.5pt; }
}
`.trim()
