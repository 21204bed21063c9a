import type { MenuCommand } from '@shared/ipc-contract'

/**
 * Whether a modal dialog is open. Modeless dialogs (the Dialog component's `modeless`) leave the
 * rest of the window usable, so they do not count.
 */
export function modalDialogOpen(doc: Document): boolean {
  return doc.querySelector('dialog[open]:not(.dialog-modeless)') !== null
}

/**
 * The desktop menu's accelerators fire even while a modal dialog has the focus (the menu is not
 * part of the page), so Ctrl+E or F1 in the paste dialog replaced it and threw away the pasted
 * text. A command that would open a dialog or start work waits until the dialog is closed; the
 * theme commands change nothing a dialog holds and always run.
 */
export function guardMenuCommands(
  run: (command: MenuCommand) => void,
  notify: (tone: 'warning', message: string) => void,
  doc: Document = document
): (command: MenuCommand) => void {
  return (command) => {
    if (!command.startsWith('theme-') && modalDialogOpen(doc)) {
      notify('warning', 'Close the open dialog first: that menu command was not run.')
      return
    }
    run(command)
  }
}
