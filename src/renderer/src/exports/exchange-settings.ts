import {
  DEFAULT_TLP,
  isTlpLevel,
  type ExportAuthor,
  type TlpLevel
} from '@core/export/exchange-options'
import type { ExportFormat } from '@core/export/export-data'
import { setSetting } from '../db/commands/set-setting'
import { getSetting } from '../db/queries/get-setting'
import type { WorkbenchDb } from '../db/workbench-db'

/** The formats that carry a TLP marking and an author: the threat-intelligence exchange ones. */
export const EXCHANGE_FORMATS: ReadonlySet<ExportFormat> = new Set(['events-stix', 'events-misp'])

/** What the export dialog asks for the exchange formats, remembered between exports. */
export interface ExchangeSettings {
  tlp: TlpLevel
  author: ExportAuthor
}

const isString = (v: unknown): v is string => typeof v === 'string'

export async function loadExchangeSettings(db: WorkbenchDb): Promise<ExchangeSettings> {
  const [tlp, name, organisation] = await Promise.all([
    getSetting(db, 'exportTlp', DEFAULT_TLP, isTlpLevel),
    getSetting(db, 'exportAuthorName', '', isString),
    getSetting(db, 'exportAuthorOrganisation', '', isString)
  ])
  return { tlp, author: { name, organisation } }
}

export async function saveExchangeSettings(db: WorkbenchDb, s: ExchangeSettings): Promise<void> {
  await Promise.all([
    setSetting(db, 'exportTlp', s.tlp),
    setSetting(db, 'exportAuthorName', s.author.name.trim()),
    setSetting(db, 'exportAuthorOrganisation', s.author.organisation.trim())
  ])
}
