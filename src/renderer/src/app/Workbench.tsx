import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Group, Panel, Separator, useGroupRef, usePanelRef } from 'react-resizable-panels'
import { useNavigation } from '../services/navigation'
import { useReaderRoomWanted } from '../reader/reader-room'
import { getWorkMode, useWorkMode } from '../layout/work-mode-store'
import {
  defaultModeLayout,
  fitLayout,
  foldedIn,
  isFoldedSize,
  LIBRARY_FOLDED_PCT,
  layoutStorageKey,
  PANE_IDS,
  PANE_LIMITS,
  parseStoredLayout,
  RAIL_PCT,
  type PaneId,
  type WorkMode
} from '../layout/work-modes'
import { PaneFrame } from '../ui/PaneFrame'

interface WorkbenchProps {
  library: ReactNode
  reader: ReactNode
  side: ReactNode
  events: ReactNode
  /** Bumped to show or hide the library (Ctrl+L, the top bar's Library button). */
  libraryToggle: number
  /** Told whether the library is open, for the top bar's Library button. */
  onLibraryOpen: (open: boolean) => void
}

type Layout = Record<PaneId, number>

/** The layout a mode comes back with: its remembered sizes, else its defaults, fitted to the width. */
function restoreLayout(mode: WorkMode, widthPx: number): Layout {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(layoutStorageKey(mode))
  } catch {
    raw = null
  }
  const stored = parseStoredLayout(raw)
  return stored ? fitLayout(stored) : defaultModeLayout(mode, widthPx)
}

function saveLayout(mode: WorkMode, layout: Record<string, number>): void {
  try {
    localStorage.setItem(layoutStorageKey(mode), JSON.stringify(layout))
  } catch {
    // A full or blocked storage only costs remembering the sizes over a restart.
  }
}

/**
 * The library and the three panes (reader, annotations and notes, events), laid out for the work
 * mode: each mode remembers its own sizes. Every pane is resizable within its limits; a splitter
 * dragged past a pane's minimum stops there, and panes fold only on purpose (their collapse
 * button, a mode, the reader asking for room).
 */
export function Workbench({
  library,
  reader,
  side,
  events,
  libraryToggle,
  onLibraryOpen
}: WorkbenchProps): ReactNode {
  const mode = useWorkMode()
  const group = useGroupRef()
  const element = useRef<HTMLDivElement | null>(null)
  const width = (): number => element.current?.clientWidth || window.innerWidth
  const [initial] = useState(() => restoreLayout(mode, window.innerWidth))
  const [folded, setFolded] = useState(() => foldedIn(initial))
  const libraryPanel = usePanelRef()
  const readerPanel = usePanelRef()
  const sidePanel = usePanelRef()
  const eventsPanel = usePanelRef()
  const panels = useMemo(
    () => ({ library: libraryPanel, reader: readerPanel, side: sidePanel, events: eventsPanel }),
    [libraryPanel, readerPanel, sidePanel, eventsPanel]
  )

  // A new mode comes back with its own remembered layout.
  const shownMode = useRef(mode)
  useEffect(() => {
    if (shownMode.current === mode) return
    shownMode.current = mode
    group.current?.setLayout(restoreLayout(mode, width()))
  }, [mode, group])

  const firstToggle = useRef(libraryToggle)
  useEffect(() => {
    if (firstToggle.current === libraryToggle) return
    firstToggle.current = libraryToggle
    const handle = panels.library.current
    if (handle?.isCollapsed()) handle.expand()
    else handle?.collapse()
  }, [libraryToggle, panels])
  useEffect(() => onLibraryOpen(!folded.library), [folded.library, onLibraryOpen])

  // Going to an item opens the panes that show it: the reader for its passage, and its own pane.
  const { request } = useNavigation()
  useEffect(() => {
    const kind = request?.target.kind
    if (!kind) return
    const open = (id: PaneId): void => {
      const panel = panels[id].current
      if (panel?.isCollapsed()) panel.expand()
    }
    if (kind !== 'note') open('reader')
    if (kind === 'annotation' || kind === 'note') open('side')
    if (kind === 'event') open('events')
  }, [request, panels])

  // The reader asks for room (a PDF's pages beside its text): the Events pane folds into its rail
  // and its width goes to the reader, the other panes keeping theirs; withdrawn, the panes go back
  // as they were. An Events pane already folded (as in Read and Write) is left alone.
  const roomWanted = useReaderRoomWanted()
  const before = useRef<Layout | null>(null)
  useEffect(() => {
    const handle = group.current
    if (!handle) return
    if (roomWanted && !folded.events && !before.current) {
      const was = handle.getLayout() as Layout
      before.current = was
      handle.setLayout({ ...was, events: RAIL_PCT, reader: was.reader + was.events - RAIL_PCT })
    } else if (!roomWanted && before.current) {
      handle.setLayout(before.current)
      before.current = null
    }
    // Only the request's coming and going moves panes, not the fold it causes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roomWanted, group])

  const track = (id: PaneId) => (size: { asPercentage: number }) => {
    const isFolded = isFoldedSize(id, size.asPercentage)
    setFolded((f) => (f[id] === isFolded ? f : { ...f, [id]: isFolded }))
  }
  // A splitter dragged far enough folds a pane whatever its threshold (the library lets the size
  // reach the rail): a fold the analyst's drag caused is undone, the pane left at its minimum.
  // Folds by a pane's button, a mode or the reader's request for room are not user drags.
  const completed = useRef<Record<string, number>>(initial)
  const onLayoutChanged = useCallback(
    (layout: Record<string, number>, meta: { isUserInteraction: boolean }) => {
      if (!PANE_IDS.every((p) => typeof layout[p] === 'number')) return
      const before = completed.current
      completed.current = layout
      const accidental = meta.isUserInteraction
        ? PANE_IDS.filter((p) => isFoldedSize(p, layout[p]!) && !isFoldedSize(p, before[p] ?? 100))
        : []
      if (accidental.length > 0) {
        requestAnimationFrame(() => {
          for (const p of accidental) panels[p].current?.resize(PANE_LIMITS[p].min)
        })
        return
      }
      saveLayout(getWorkMode(), layout)
    },
    [panels]
  )
  const limits = (id: PaneId) => ({
    minSize: PANE_LIMITS[id].min,
    maxSize: PANE_LIMITS[id].max,
    collapsible: true,
    // A drag never folds a pane: it stops at the minimum (a threshold wider than any screen).
    collapsedThreshold: 100_000,
    collapsedSize: String(id === 'library' ? LIBRARY_FOLDED_PCT : RAIL_PCT),
    onResize: track(id)
  })
  // The three framed panes, in their order after the library.
  const framed = [
    { id: 'reader', title: 'Reader', content: reader },
    { id: 'side', title: 'Annotations & notes', content: side },
    { id: 'events', title: 'Events', content: events }
  ] as const
  return (
    <Group
      className="workbench"
      groupRef={group}
      elementRef={element}
      defaultLayout={initial}
      onLayoutChanged={onLayoutChanged}
      data-work-mode={mode}
    >
      <Panel id="library" panelRef={panels.library} {...limits('library')}>
        {!folded.library && library}
      </Panel>
      {framed.map(({ id, title, content }) => (
        <Fragment key={id}>
          <Separator className="separator" />
          <Panel id={id} panelRef={panels[id]} {...limits(id)}>
            <PaneFrame id={`${id}-pane`} title={title} collapsed={folded[id]} panel={panels[id]}>
              {content}
            </PaneFrame>
          </Panel>
        </Fragment>
      ))}
    </Group>
  )
}
