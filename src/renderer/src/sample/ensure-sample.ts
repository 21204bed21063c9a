import sampleText from '../../../../resources/sample-article.txt?raw'
import { parsePlainText } from '@core/article/parse-plain-text'
import { addArticle } from '../db/commands/add-article'
import { setSetting } from '../db/commands/set-setting'
import type { WorkbenchDb } from '../db/workbench-db'
import { articleFromParsed } from '../import/prepare-article'

const SAMPLE_FLAG = 'sampleAdded'

/**
 * On first launch, adds the built-in sample article and returns its id. A flag (not the
 * library's emptiness) decides, so a user who deletes the sample does not get it back.
 */
export async function ensureSample(db: WorkbenchDb, now: Date): Promise<string | null> {
  if (await db.settings.get(SAMPLE_FLAG)) return null
  const prepared = await articleFromParsed(parsePlainText(sampleText), 'sample', now)
  if (!prepared.ok) return null
  const outcome = await addArticle(db, { ...prepared.article, source: 'Built-in sample' })
  await setSetting(db, SAMPLE_FLAG, true)
  return outcome.kind === 'added' ? outcome.article.id : outcome.existing.id
}
