import type { ReactNode } from 'react'
import type { ThemePreference } from '@shared/ipc-contract'
import type { WorkMode } from '../layout/work-modes'
import { ModeSwitch } from './ModeSwitch'
import { ThemeSelect } from './ThemeSelect'

interface TopBarProps {
  title: string
  libraryOpen: boolean
  onToggleLibrary: () => void
  mode: WorkMode
  onMode: (mode: WorkMode) => void
  onImport: () => void
  onPaste: () => void
  onExport: () => void
  /** Back up and restore: a visible home, not only under About. */
  onBackup: () => void
  theme: ThemePreference
  onTheme: (t: ThemePreference) => void
  onShortcuts: () => void
  onAbout: () => void
  onSearch: () => void
}

/** The in-window command bar; in browser mode it stands in for the native menu. */
export function TopBar(props: TopBarProps): ReactNode {
  return (
    <header className="top-bar">
      <button
        type="button"
        className="button button-quiet"
        aria-pressed={props.libraryOpen}
        aria-controls="library"
        onClick={props.onToggleLibrary}
        title="Show or hide the article library (Ctrl+L)"
      >
        Library
      </button>
      <ModeSwitch mode={props.mode} onMode={props.onMode} />
      <span className="top-bar-title" title={props.title}>
        <span className="app-name">Analyst Workbench</span>
        {props.title && <span className="top-bar-article"> — {props.title}</span>}
      </span>
      <nav className="top-bar-actions" aria-label="Workbench commands">
        <button
          type="button"
          className="button button-quiet top-bar-search"
          onClick={props.onSearch}
          title="Search everything and run commands (Ctrl+K)"
        >
          Search… <kbd>Ctrl+K</kbd>
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onImport}
          title="Import an article file (Ctrl+O)"
        >
          Import…
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onPaste}
          title="Paste an article (Ctrl+Shift+V)"
        >
          Paste article…
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onExport}
          title="Export a note, an article or everything (Ctrl+E)"
        >
          Export…
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onBackup}
          title="Back up everything to a file, or restore from one"
        >
          Backup…
        </button>
        <ThemeSelect theme={props.theme} onTheme={props.onTheme} />
        <button
          type="button"
          className="button button-quiet"
          onClick={props.onShortcuts}
          title="Keyboard shortcuts (?)"
        >
          Shortcuts
        </button>
        <button type="button" className="button button-quiet" onClick={props.onAbout}>
          About
        </button>
      </nav>
    </header>
  )
}
