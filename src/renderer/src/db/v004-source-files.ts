import type Dexie from 'dexie'

/**
 * Version 4: the original file of an article where the reader needs it (a PDF's pages for the
 * page view), one per article. No stored record changes shape: PDF articles' page maps
 * (`pdfLayout`) are a new optional field, absent on everything stored before.
 */
export function v004SourceFiles(db: Dexie): void {
  db.version(4).stores({ sourceFiles: 'articleId' })
}
