/**
 * Browser mode's PDF: the brief's HTML in a hidden frame, printed with the browser's own dialog
 * (where the user picks "Save as PDF"). The frame is removed once printing is over.
 */
export function printInBrowser(html: string, doc: Document = document): Promise<void> {
  // A frame left by an earlier print whose dialog never reported closing.
  doc.querySelectorAll('iframe[data-print-frame]').forEach((old) => old.remove())
  const returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe')
    frame.title = 'Brief to print'
    // No scripts in the printed brief, whatever it holds; same origin only so we can call print().
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals')
    frame.dataset['printFrame'] = 'true'
    // Laid out (print needs a layout) but out of sight and out of the accessibility tree.
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    Object.assign(frame.style, {
      position: 'fixed',
      right: '0',
      bottom: '0',
      width: '0',
      height: '0',
      border: '0'
    })
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow
        if (!win) {
          frame.remove()
          reject(new Error('The print frame could not be opened.'))
          return
        }
        win.addEventListener('afterprint', () => frame.remove(), { once: true })
        // No win.focus(): Chromium prints a frame's own document without it, and a focused hidden
        // frame would swallow the workbench's keyboard shortcuts afterwards.
        win.print()
        // Keyboard focus belongs to the workbench again, not to the hidden frame.
        doc.defaultView?.focus()
        returnFocus?.focus()
        resolve()
      },
      { once: true }
    )
    frame.srcdoc = html
    doc.body.append(frame)
  })
}
