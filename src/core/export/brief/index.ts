// Briefing-note exports: one intermediate brief (build-brief.ts) drawn by three pure renderers.
export { briefToMarkdown } from './brief-to-markdown'
export { briefToHtml } from './brief-to-html'
export { briefToDocx } from './brief-to-docx'
export { briefFileName } from './brief-file-name'
export { buildBrief } from './build-brief'
export type {
  BriefBlock,
  BriefDocument,
  BriefFootnote,
  BriefInline,
  BriefListItem,
  BriefMarks
} from './brief-model'
