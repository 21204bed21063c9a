import { useMemo } from 'react'
import type { MenuCommand, ThemePreference } from '@shared/ipc-contract'
import type { ArticleRecord } from '@shared/model/article'
import { createBlankNote } from '../notes/create-blank-note'
import type { PaletteCommand } from '../search/palette-commands'
import { useNavigation } from '../services/navigation'

interface CommandSources {
  /** App's command runner, shared with the menu. */
  run: (command: MenuCommand) => void
  article: ArticleRecord | undefined
  theme: { applied: 'light' | 'dark'; setPreference: (t: ThemePreference) => void }
  toggleLibrary: () => void
  /** What can be done to the open article (offered only while one is open). */
  articleActions: { remove: (id: string) => void; versions: () => void; updateText: () => void }
}

/** The commands the Ctrl+K palette offers; a feature with a command of its own adds it here. */
export function usePaletteCommands({
  run,
  article,
  theme,
  toggleLibrary,
  articleActions
}: CommandSources): PaletteCommand[] {
  const { navigateTo } = useNavigation()
  const { applied, setPreference } = theme
  return useMemo(
    (): PaletteCommand[] => [
      {
        id: 'import',
        label: 'Import article…',
        shortcut: 'Ctrl+O',
        run: () => run('import-article')
      },
      {
        id: 'paste',
        label: 'Paste as new article',
        shortcut: 'Ctrl+Shift+V',
        run: () => run('paste-article')
      },
      ...(article
        ? [
            {
              id: 'update-text',
              label: 'Update article text…',
              keywords: 'edit correct fix paste newer',
              run: articleActions.updateText
            },
            {
              id: 'article-versions',
              label: 'Article versions…',
              keywords: 'history diff earlier previous restore revisions',
              run: articleActions.versions
            },
            {
              id: 'delete-article',
              label: 'Delete article…',
              keywords: 'remove library',
              run: () => articleActions.remove(article.id)
            }
          ]
        : []),
      {
        id: 'new-note',
        label: 'New note',
        keywords: 'briefing create',
        run: () =>
          void createBlankNote(article).then((n) => navigateTo({ kind: 'note', noteId: n.id }))
      },
      {
        id: 'export',
        label: 'Export…',
        shortcut: 'Ctrl+E',
        keywords: 'save csv stix markdown docx pdf',
        run: () => run('export')
      },
      { id: 'back-up', label: 'Back up…', keywords: 'backup save copy', run: () => run('back-up') },
      {
        id: 'restore',
        label: 'Restore from backup…',
        keywords: 'backup',
        run: () => run('restore-backup')
      },
      {
        id: 'restore-snapshot',
        label: 'Restore from a snapshot…',
        keywords: 'automatic snapshots undo backup earlier version',
        run: () => run('restore-snapshot')
      },
      {
        id: 'toggle-theme',
        label: 'Toggle theme',
        keywords: 'dark light mode',
        run: () => setPreference(applied === 'dark' ? 'light' : 'dark')
      },
      { id: 'theme-dark', label: 'Dark theme', run: () => run('theme-dark') },
      { id: 'theme-light', label: 'Light theme', run: () => run('theme-light') },
      {
        id: 'theme-system',
        label: 'System theme',
        keywords: 'automatic',
        run: () => run('theme-system')
      },
      {
        id: 'library',
        label: 'Show/hide library',
        shortcut: 'Ctrl+L',
        keywords: 'articles',
        run: toggleLibrary
      },
      {
        id: 'shortcuts',
        label: 'Keyboard shortcuts',
        shortcut: '?',
        keywords: 'keys help',
        run: () => run('show-shortcuts')
      },
      { id: 'about', label: 'About Analyst Workbench', run: () => run('show-about') }
    ],
    [run, article, navigateTo, applied, setPreference, toggleLibrary, articleActions]
  )
}
