/** A command the palette offers; App passes the list, so any feature can add its own. */
export interface PaletteCommand {
  id: string
  label: string
  /** Shown next to the label, e.g. "Ctrl+E". */
  shortcut?: string
  /** Other words it is found by ("dark" finds "Toggle theme"). */
  keywords?: string
  run: () => void
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')

/**
 * The commands every word of `query` starts a word of (label or keywords); those whose label has
 * more of the words come first ("light theme": Light theme before Toggle theme), else list order.
 */
export function matchCommands(
  commands: readonly PaletteCommand[],
  query: string
): PaletteCommand[] {
  const wanted = words(query)
  if (wanted.length === 0) return [...commands]
  const ranked: { command: PaletteCommand; inLabel: number }[] = []
  for (const command of commands) {
    const label = words(command.label)
    const keywords = words(command.keywords ?? '')
    const starts = (list: string[], w: string): boolean => list.some((o) => o.startsWith(w))
    if (!wanted.every((w) => starts(label, w) || starts(keywords, w))) continue
    ranked.push({ command, inLabel: wanted.filter((w) => starts(label, w)).length })
  }
  // Array.prototype.sort is stable: equal ranks keep the list's order.
  return ranked.sort((a, b) => b.inLabel - a.inLabel).map((r) => r.command)
}
