import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Group, Panel, Separator, useGroupRef, usePanelRef } from 'react-resizable-panels'
import { useNavigation } from '../app/navigation'
import { useReaderRoomWanted } from '../app/reader-room'
import { useWorkMode } from '../layout/work-mode-store'
import {
  defaultModeLayout,
  fitLayout,
  foldedIn,
  LIBRARY_FOLDED_PX,
  layoutStorageKey,
  PANE_IDS,
  PANE_LIMITS,
  parseStoredLayout,
  RAIL_PX,
  type PaneId,
  type WorkMode
} from '../layout/work-modes'
import { PaneFrame } from './PaneFrame'

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
  return stored ? fitLayout(stored, widthPx) : defaultModeLayout(mode, widthPx)
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
 * dragged past a pane's minimum stops there, because a pane is only collapsible while it is being
 * folded on purpose (its collapse button, a mode, the reader asking for room) or is folded.
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
  const modeRef = useRef(mode)
  modeRef.current = mode
  const group = useGroupRef()
  const element = useRef<HTMLDivElement | null>(null)
  const width = (): number => element.current?.clientWidth || window.innerWidth
  const [initial] = useState(() => restoreLayout(mode, window.innerWidth))
  const [folded, setFolded] = useState(() => foldedIn(initial, window.innerWidth))
  // A layout about to be applied: rendered first, so that the panes it folds are collapsible.
  const [pending, setPending] = useState<Layout | null>(null)
  const [collapsing, setCollapsing] = useState<PaneId | null>(null)
  const pendingFolds = pending ? foldedIn(pending, width()) : null
  const collapsible = (id: PaneId): boolean =>
    folded[id] || collapsing === id || !!pendingFolds?.[id]

  const panels = {
    library: usePanelRef(),
    reader: usePanelRef(),
    side: usePanelRef(),
    events: usePanelRef()
  }
  const panelsRef = useRef(panels)
  panelsRef.current = panels

  useEffect(() => {
    if (!pending) return
    group.current?.setLayout(pending)
    setPending(null)
  }, [pending, group])
  useEffect(() => {
    if (!collapsing) return
    panelsRef.current[collapsing].current?.collapse()
    setCollapsing(null)
  }, [collapsing])

  // A new mode comes back with its own remembered layout.
  const shownMode = useRef(mode)
  useEffect(() => {
    if (shownMode.current === mode) return
    shownMode.current = mode
    setPending(restoreLayout(mode, width()))
  }, [mode])

  const firstToggle = useRef(libraryToggle)
  useEffect(() => {
    if (firstToggle.current === libraryToggle) return
    firstToggle.current = libraryToggle
    const handle = panelsRef.current.library.current
    if (handle?.isCollapsed()) handle.expand()
    else setCollapsing('library')
  }, [libraryToggle])
  useEffect(() => onLibraryOpen(!folded.library), [folded.library, onLibraryOpen])

  // Going to an item opens the panes that show it: the reader for its passage, and its own pane.
  const { request } = useNavigation()
  useEffect(() => {
    const kind = request?.target.kind
    if (!kind) return
    const open = (id: PaneId): void => {
      const panel = panelsRef.current[id].current
      if (panel?.isCollapsed()) panel.expand()
    }
    if (kind !== 'note') open('reader')
    if (kind === 'annotation' || kind === 'note') open('side')
    if (kind === 'event') open('events')
  }, [request])

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
      const rail = (RAIL_PX / width()) * 100
      setPending({ ...was, events: rail, reader: was.reader + was.events - rail })
    } else if (!roomWanted && before.current) {
      setPending(before.current)
      before.current = null
    }
    // Only the request's coming and going moves panes, not the fold it causes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roomWanted, group])

  const track = (id: PaneId) => (size: { inPixels: number }) => {
    const isFolded = size.inPixels <= (id === 'library' ? LIBRARY_FOLDED_PX : RAIL_PX) + 4
    setFolded((f) => (f[id] === isFolded ? f : { ...f, [id]: isFolded }))
  }
  const onLayoutChanged = useCallback(
    (layout: Record<string, number>) => {
      if (PANE_IDS.every((p) => typeof layout[p] === 'number')) saveLayout(modeRef.current, layout)
    },
    []
  )
  const collapse = (id: PaneId) => () => setCollapsing(id)
  const limits = (id: PaneId) => ({
    minSize: PANE_LIMITS[id].min,
    maxSize: PANE_LIMITS[id].max,
    collapsible: collapsible(id),
    collapsedSize: id === 'library' ? LIBRARY_FOLDED_PX : RAIL_PX,
    onResize: track(id)
  })
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
      <Separator className="separator" />
      <Panel id="reader" panelRef={panels.reader} {...limits('reader')}>
        <PaneFrame
          id="reader-pane"
          title="Reader"
          collapsed={folded.reader}
          panel={panels.reader}
          onCollapse={collapse('reader')}
        >
          {reader}
        </PaneFrame>
      </Panel>
      <Separator className="separator" />
      <Panel id="side" panelRef={panels.side} {...limits('side')}>
        <PaneFrame
          id="side-pane"
          title="Annotations & notes"
          collapsed={folded.side}
          panel={panels.side}
          onCollapse={collapse('side')}
        >
          {side}
        </PaneFrame>
      </Panel>
      <Separator className="separator" />
      <Panel id="events" panelRef={panels.events} {...limits('events')}>
        <PaneFrame
          id="events-pane"
          title="Events"
          collapsed={folded.events}
          panel={panels.events}
          onCollapse={collapse('events')}
        >
          {events}
        </PaneFrame>
      </Panel>
    </Group>
  )
}
