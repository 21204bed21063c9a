import { BrowserWindow } from 'electron'

// The workbench's own windows, as opposed to the hidden window a PDF is printed in (which is a
// BrowserWindow too): menu commands and "is a window open?" must never count a print window.
const ours = new WeakSet<BrowserWindow>()

/** Called by createMainWindow for each workbench window. */
export function markWorkbenchWindow(win: BrowserWindow): void {
  ours.add(win)
}

/** The open workbench windows (never a print window), oldest first. */
export function workbenchWindows(): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((win) => ours.has(win) && !win.isDestroyed())
}

/** The window a menu command goes to: the focused workbench window, else the first one open. */
export function commandTarget(): BrowserWindow | undefined {
  const focused = BrowserWindow.getFocusedWindow()
  if (focused && ours.has(focused) && !focused.isDestroyed()) return focused
  return workbenchWindows()[0]
}
