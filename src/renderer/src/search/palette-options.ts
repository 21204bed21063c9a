import { parseDeepLink, type DeepLink } from '@core/export/deep-link'
import type { SearchHit, SearchKind } from '@core/search'
import { matchCommands, type PaletteCommand } from './palette-commands'

export type PaletteOption =
  | { type: 'command'; key: string; command: PaletteCommand }
  | { type: 'hit'; key: string; hit: SearchHit }
  | { type: 'link'; key: string; link: DeepLink }

export interface PaletteGroup {
  key: string
  label: string
  options: PaletteOption[]
}

const KIND_LABELS: Record<SearchKind, string> = {
  article: 'Articles',
  annotation: 'Annotations',
  event: 'Events',
  note: 'Notes'
}

/** True for text that looks like a pasted workbench:// link (valid or not). */
export const isLinkQuery = (query: string): boolean => /^\s*workbench:/i.test(query)

/** What to search the index for: nothing when empty, a link, or ">" (commands only). */
export function searchQueryOf(query: string): string {
  if (isLinkQuery(query) || query.trimStart().startsWith('>')) return ''
  return query.trim()
}

/**
 * The palette's choices for a query: an "Open link" choice for a pasted link, else the matching
 * commands (all of them for an empty query), then the hits grouped by kind, the group holding the
 * best hit first.
 */
export function paletteGroups(
  query: string,
  commands: readonly PaletteCommand[],
  hits: readonly SearchHit[]
): PaletteGroup[] {
  if (isLinkQuery(query)) {
    const link = parseDeepLink(query)
    return link
      ? [{ key: 'link', label: 'Link', options: [{ type: 'link', key: 'link', link }] }]
      : []
  }
  const commandQuery = query.trimStart().replace(/^>/, '')
  const groups: PaletteGroup[] = []
  const matched = matchCommands(commands, commandQuery)
  if (matched.length > 0)
    groups.push({
      key: 'commands',
      label: 'Commands',
      options: matched.map((command) => ({
        type: 'command',
        key: `command:${command.id}`,
        command
      }))
    })
  const byKind = new Map<SearchKind, PaletteOption[]>()
  for (const hit of hits) {
    const list = byKind.get(hit.kind) ?? []
    list.push({ type: 'hit', key: hit.id, hit })
    byKind.set(hit.kind, list)
  }
  for (const [kind, options] of byKind)
    groups.push({ key: kind, label: KIND_LABELS[kind], options })
  return groups
}
