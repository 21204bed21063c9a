import { useEffect, useRef, useState, type ReactNode } from 'react'
import {
  Group,
  Panel,
  Separator,
  useDefaultLayout,
  useGroupRef,
  usePanelRef
} from 'react-resizable-panels'
import { useNavigation } from '../app/navigation'
import { useReaderRoomWanted } from '../app/reader-room'
import { PaneFrame } from './PaneFrame'

interface WorkbenchProps {
  reader: ReactNode
  side: ReactNode
  events: ReactNode
}

/** The three resizable, collapsible panes: reader, annotations and notes, events. */
export function Workbench({ reader, side, events }: WorkbenchProps): ReactNode {
  // The layout is a view preference, so it lives in localStorage, not in the analyst's database.
  const layout = useDefaultLayout({ id: 'workbench-panes', storage: localStorage })
  const readerPanel = usePanelRef()
  const sidePanel = usePanelRef()
  const eventsPanel = usePanelRef()
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({})
  // Going to an item opens the panes that show it: the reader for its passage, and its own pane.
  const { request } = useNavigation()
  useEffect(() => {
    const kind = request?.target.kind
    if (!kind) return
    const open = (panel: typeof readerPanel): void => {
      if (panel.current?.isCollapsed()) panel.current.expand()
    }
    if (kind !== 'note') open(readerPanel)
    if (kind === 'annotation' || kind === 'note') open(sidePanel)
    if (kind === 'event') open(eventsPanel)
  }, [request, readerPanel, sidePanel, eventsPanel])
  // The reader asks for room (a PDF's pages beside its text): the Events pane folds into its rail
  // and its width goes to the reader, the Annotations pane keeping its own; withdrawn, the panes
  // go back as they were. An Events pane already folded is left alone, and so is its return.
  const group = useGroupRef()
  const roomWanted = useReaderRoomWanted()
  const before = useRef<Record<string, number> | null>(null)
  useEffect(() => {
    const handle = group.current
    const events = eventsPanel.current
    if (!handle || !events) return
    if (roomWanted && !events.isCollapsed()) {
      const was = handle.getLayout()
      before.current = was
      events.collapse()
      const now = handle.getLayout()
      const side = was['side'] ?? now['side'] ?? 0
      handle.setLayout({ ...now, reader: (now['reader'] ?? 0) + (now['side'] ?? 0) - side, side })
    } else if (!roomWanted && before.current) {
      handle.setLayout(before.current)
      before.current = null
    }
  }, [roomWanted, group, eventsPanel])
  const track = (id: string) => (size: { inPixels: number }) =>
    setCollapsed((c) => (c[id] === size.inPixels <= 40 ? c : { ...c, [id]: size.inPixels <= 40 }))
  return (
    <Group
      className="workbench"
      groupRef={group}
      defaultLayout={layout.defaultLayout}
      onLayoutChanged={layout.onLayoutChanged}
    >
      <Panel
        id="reader"
        panelRef={readerPanel}
        defaultSize="52"
        minSize={320}
        collapsible
        collapsedSize={36}
        onResize={track('reader')}
      >
        <PaneFrame
          id="reader-pane"
          title="Reader"
          collapsed={!!collapsed.reader}
          panel={readerPanel}
        >
          {reader}
        </PaneFrame>
      </Panel>
      <Separator className="separator" />
      <Panel
        id="side"
        panelRef={sidePanel}
        defaultSize="26"
        minSize={240}
        collapsible
        collapsedSize={36}
        onResize={track('side')}
      >
        <PaneFrame
          id="side-pane"
          title="Annotations & notes"
          collapsed={!!collapsed.side}
          panel={sidePanel}
        >
          {side}
        </PaneFrame>
      </Panel>
      <Separator className="separator" />
      <Panel
        id="events"
        panelRef={eventsPanel}
        defaultSize="22"
        minSize={240}
        collapsible
        collapsedSize={36}
        onResize={track('events')}
      >
        <PaneFrame
          id="events-pane"
          title="Events"
          collapsed={!!collapsed.events}
          panel={eventsPanel}
        >
          {events}
        </PaneFrame>
      </Panel>
    </Group>
  )
}
