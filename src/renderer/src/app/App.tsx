import { useLiveQuery } from 'dexie-react-hooks'
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { ARTICLE_EXTENSIONS, type MenuCommand } from '@shared/ipc-contract'
import { useArticleNavigation } from '../services/navigation'
import { usePaletteCommands } from './usePaletteCommands'
import { useBackupActions } from '../backup/useBackupActions'
import { useDeepLinks } from './useDeepLinks'
import { BackupDialog } from '../backup/BackupDialog'
import type { BackupCommands } from '../backup/BackupButtons'
import { AboutDialog } from './AboutDialog'
import { AnnotationsPane } from '../annotations/AnnotationsPane'
import { ArticleDetailsDialog } from '../library/ArticleDetailsDialog'
import { Dialog } from '../ui/Dialog'
import { EmailAttachmentsDialog } from '../import/EmailAttachmentsDialog'
import { EventsPane } from '../events/EventsPane'
import { useEventWorkflow } from '../events/useEventWorkflow'
import { LibraryPane } from '../library/LibraryPane'
import { NoticeArea } from '../ui/NoticeArea'
import { guardMenuCommands } from './menu-command-guard'
import { ImportProgressLine } from '../import/pdf/ImportProgressLine'
import { useArticleNoticeScope, useNotices } from '../services/notices'
import { PasteArticleDialog } from '../import/PasteArticleDialog'
import { ShortcutsDialog } from './ShortcutsDialog'
import { TopBar } from './TopBar'
import { Workbench } from './Workbench'
import { setWorkMode, useWorkMode } from '../layout/work-mode-store'
import { setSetting } from '../db/commands/set-setting'
import { db } from '../db/db'
import { getArticle } from '../db/queries/get-article'
import { getSetting } from '../db/queries/get-setting'
import { useArticleImport } from '../import/useArticleImport'
import { useFileDrop } from '../import/useFileDrop'
import { usePaneFocusCycle } from './usePaneFocusCycle'
import { useStoragePersistence } from './useStoragePersistence'
import { useTheme } from './useTheme'
import { platform } from '../platform'
import { useAnnotationUi } from '../services/annotation-ui'
import { UpdateArticleTextDialog } from '../annotations/UpdateArticleTextDialog'
import { useAnnotationActions } from '../annotations/useAnnotationActions'
import { listAnnotations } from '../db/queries/list-annotations'
import { useSharedRecords } from '../db/queries/useSharedRecords'
import { moveToAdjacentCard } from '../annotations/card-navigator'
import { useWorkbenchShortcuts } from './useWorkbenchShortcuts'
import { ReaderPane } from '../reader/ReaderPane'
import { useStartupSample } from '../sample/useStartupSample'
import { getOpenNoteId } from '../notes/open-note'
import { useArticleDeletion } from '../library/useArticleDeletion'
import { VersionsDialog } from '../versions/VersionsDialog'

// The export dialog (and, through it, the exporters' worker) loads when first asked for.
const ExportDialog = lazy(() =>
  import('../exports/ExportDialog').then((m) => ({ default: m.ExportDialog }))
)
// The palette and its search engine are not part of the first paint: they load when the window
// is idle (so the first Ctrl+K opens at once and no keystroke typed after it is lost) or on that
// Ctrl+K, whichever comes first.
const loadPalette = () => import('../search/CommandPalette')
const CommandPalette = lazy(() => loadPalette().then((m) => ({ default: m.CommandPalette })))

type OpenDialog =
  | 'details'
  | 'paste'
  | 'shortcuts'
  | 'about'
  | 'backup'
  | 'update-text'
  | 'versions'
  | 'export'
  | null

const isString = (v: unknown): v is string => typeof v === 'string'

/** The workbench window: library, three panes, dialogs and the commands that connect them. */
export function App(): ReactNode {
  const theme = useTheme()
  const mode = useWorkMode()
  const persistence = useStoragePersistence()
  const ready = useStartupSample(db)
  const [dialog, setDialog] = useState<OpenDialog>(null)
  // The library is a pane of the workbench: the top bar shows whether it is open and asks to toggle it.
  const [libraryOpen, setLibraryOpen] = useState(true)
  const [libraryToggle, setLibraryToggle] = useState(0)
  // Bumped by a restore: remounts the panes, so no editor or selection keeps pre-restore data.
  const [dataGeneration, setDataGeneration] = useState(0)
  const remountPanes = useCallback(() => setDataGeneration((g) => g + 1), [])
  const {
    backUp,
    restoreFromFile,
    restoreFromSnapshot,
    dialogs: backupDialogs,
    busy: restoreBusy
  } = useBackupActions(remountPanes)
  const [paletteOpen, setPaletteOpen] = useState(false)
  const currentId = useLiveQuery(() => getSetting(db, 'currentArticleId', '', isString), [])
  // null once the query has answered "none", so the reader can tell "no article" from "loading".
  const found = useLiveQuery(
    async () => ({ id: currentId, article: (await getArticle(db, currentId)) ?? null }),
    [currentId]
  )
  const article = found?.article ?? undefined
  const articleLoading = currentId === undefined || found === undefined || found.id !== currentId

  const openArticle = useCallback((id: string) => void setSetting(db, 'currentArticleId', id), [])
  const deletion = useArticleDeletion(currentId, openArticle)
  // The versions dialog belongs to one article: opened from the library it waits for that
  // article to be the open one, so it never shows another article's versions.
  const [versionsFor, setVersionsFor] = useState<string | null>(null)
  const openVersions = useCallback((id: string) => {
    setVersionsFor(id)
    setDialog('versions')
  }, [])
  const imports = useArticleImport(openArticle)
  const dragging = useFileDrop(imports.importDroppedFiles)
  usePaneFocusCycle()

  const { notify } = useNotices()
  const run = useCallback(
    (command: MenuCommand) => {
      // A command's writes would land on the data a restore is replacing (the menu and the
      // shortcuts reach here while the restore dialog is open).
      if (restoreBusy) {
        notify('warning', 'Finish or cancel the restore first.')
        return
      }
      switch (command) {
        case 'import-article':
          return void imports.importFromDialog()
        case 'paste-article':
          return setDialog('paste')
        case 'show-shortcuts':
          return setDialog('shortcuts')
        case 'show-about':
          return setDialog('about')
        case 'theme-system':
          return theme.setPreference('system')
        case 'theme-light':
          return theme.setPreference('light')
        case 'theme-dark':
          return theme.setPreference('dark')
        case 'export':
          return setDialog('export')
        case 'back-up':
          return void backUp()
        case 'restore-backup':
          return void restoreFromFile()
        case 'restore-snapshot':
          return restoreFromSnapshot()
      }
    },
    [imports, theme, backUp, restoreFromFile, restoreFromSnapshot, restoreBusy, notify]
  )

  useEffect(() => platform.onMenuCommand(guardMenuCommands(run, notify)), [run, notify])
  useDeepLinks(ready)
  // Files the OS hands the desktop app wait in the preload until the database is ready.
  const { importFromOutside } = imports
  useEffect(
    () => (ready ? platform.onOpenFile((file) => void importFromOutside(file)) : undefined),
    [ready, importFromOutside]
  )
  useEffect(() => {
    if (!ready) return
    const idle = window.requestIdleCallback?.(() => void loadPalette(), { timeout: 5000 })
    return () => (idle === undefined ? undefined : window.cancelIdleCallback(idle))
  }, [ready])
  useArticleNavigation(article?.id)
  useArticleNoticeScope(article?.id)

  // What Ctrl+K offers besides search.
  const toggleLibrary = useCallback(() => setLibraryToggle((n) => n + 1), [])
  const articleActions = useMemo(
    () => ({
      remove: deletion.requestDelete,
      versions: () => {
        if (article) openVersions(article.id)
      },
      updateText: () => setDialog('update-text')
    }),
    [deletion.requestDelete, article, openVersions]
  )
  const paletteCommands = usePaletteCommands({
    run,
    article,
    theme,
    toggleLibrary,
    articleActions
  })

  const annotationActions = useAnnotationActions(article)
  // A comment keystroke writes one annotation: the others stay the objects already rendered.
  const storedAnnotations = useSharedRecords(() => listAnnotations(db, currentId), [currentId])
  const annotations = useMemo(() => storedAnnotations ?? [], [storedAnnotations])
  const ui = useAnnotationUi()
  const eventWorkflow = useEventWorkflow(article)
  const shortcuts = useMemo(
    () => ({
      importArticle: () => run('import-article'),
      pasteArticle: () => run('paste-article'),
      exportDialog: () => run('export'),
      toggleLibrary,
      switchMode: setWorkMode,
      showShortcuts: () => run('show-shortcuts'),
      undo: () => void annotationActions.undo(),
      redo: () => void annotationActions.redo(),
      nextAnnotation: (step: 1 | -1) => {
        const moved = moveToAdjacentCard(step, (id) => {
          const a = annotations.find((x) => x.id === id)
          if (a && a.anchor.status !== 'orphaned')
            ui.revealSpan({ start: a.anchor.start, end: a.anchor.end })
        })
        // Never silent: say why j/k cannot move.
        if (moved === 'no-list')
          notify('info', 'j and k move between annotations: show the Annotations pane first.')
        else if (moved === 'none' && annotations.length === 0)
          notify('info', 'This article has no annotations yet for j and k to move between.', {
            aboutArticle: true
          })
      },
      openPalette: () => {
        if (!restoreBusy) setPaletteOpen(true)
      },
      // Undo, j/k and the other single keys wait while a dialog, or a restore, is open.
      dialogOpen: dialog !== null || restoreBusy || deletion.dialog !== null
    }),
    [
      run,
      toggleLibrary,
      annotationActions,
      annotations,
      ui,
      dialog,
      restoreBusy,
      deletion.dialog,
      notify
    ]
  )
  useWorkbenchShortcuts(shortcuts)

  const close = (): void => setDialog(null)
  // The Backup dialog and About offer the same buttons: each closes its dialog and runs the flow.
  const backupCommands: BackupCommands = {
    onBackUp: () => {
      close()
      run('back-up')
    },
    onRestore: () => {
      close()
      run('restore-backup')
    },
    onRestoreSnapshot: () => {
      close()
      run('restore-snapshot')
    }
  }
  return (
    <div className={dragging ? 'app app-dragging' : 'app'}>
      <TopBar
        title={article?.title ?? ''}
        libraryOpen={libraryOpen}
        onToggleLibrary={toggleLibrary}
        mode={mode}
        onMode={setWorkMode}
        onImport={() => run('import-article')}
        onPaste={() => run('paste-article')}
        onExport={() => run('export')}
        onBackup={() => setDialog('backup')}
        theme={theme.preference}
        onTheme={theme.setPreference}
        onShortcuts={() => run('show-shortcuts')}
        onAbout={() => run('show-about')}
        onSearch={() => setPaletteOpen(true)}
      />
      <main className="app-main" key={dataGeneration}>
        <Workbench
          libraryToggle={libraryToggle}
          onLibraryOpen={setLibraryOpen}
          library={
            <LibraryPane
              currentId={currentId}
              onOpen={openArticle}
              onDelete={deletion.requestDelete}
              onVersions={openVersions}
            />
          }
          reader={
            <ReaderPane
              article={article}
              annotations={annotations}
              loading={!ready || articleLoading}
              actions={annotationActions}
              onEditDetails={() => setDialog('details')}
              onUpdateText={() => setDialog('update-text')}
              onVersions={() => article && openVersions(article.id)}
              onTagEvent={eventWorkflow.tagFromSpan}
            />
          }
          side={
            <AnnotationsPane
              article={article}
              annotations={annotations}
              events={eventWorkflow.paneProps.events}
              actions={annotationActions}
            />
          }
          events={<EventsPane {...eventWorkflow.paneProps} />}
        />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a file to import it ({ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')})
        </div>
      )}
      {eventWorkflow.dialogs}
      <ImportProgressLine />
      <NoticeArea />
      {paletteOpen && (
        <Suspense fallback={null}>
          <CommandPalette commands={paletteCommands} onClose={() => setPaletteOpen(false)} />
        </Suspense>
      )}
      {dialog === 'details' && article && (
        <ArticleDetailsDialog article={article} onClose={close} />
      )}
      {dialog === 'paste' && <PasteArticleDialog onClose={close} onImport={imports.importPasted} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      {dialog === 'update-text' && article && (
        <UpdateArticleTextDialog article={article} onClose={close} />
      )}
      {dialog === 'versions' && article && article.id === versionsFor && (
        <VersionsDialog key={article.id} article={article} onClose={close} />
      )}
      {deletion.dialog}
      {dialog === 'about' && (
        <AboutDialog onClose={close} persistence={persistence} {...backupCommands} />
      )}
      {dialog === 'backup' && <BackupDialog onClose={close} {...backupCommands} />}
      {backupDialogs}
      {dialog === 'export' && (
        <Suspense fallback={null}>
          <ExportDialog
            articleId={article?.id}
            articleTitle={article?.title}
            noteId={getOpenNoteId()}
            onClose={close}
          />
        </Suspense>
      )}
      {imports.offeredAttachments && (
        <EmailAttachmentsDialog
          offered={imports.offeredAttachments}
          onImport={imports.importAttachment}
          onClose={imports.clearOfferedAttachments}
        />
      )}
      <Dialog
        title="Already in the library"
        open={imports.duplicate !== null}
        onClose={imports.clearDuplicate}
        footer={
          <>
            <button type="button" className="button" onClick={imports.clearDuplicate}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                if (imports.duplicate) openArticle(imports.duplicate.id)
                imports.clearDuplicate()
              }}
            >
              Open existing article
            </button>
          </>
        }
      >
        <p>
          This text is already in your library as “{imports.duplicate?.title}”. Open that article
          instead of adding a copy?
        </p>
      </Dialog>
    </div>
  )
}
