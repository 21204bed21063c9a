import type { BrowserWindow, Clipboard, Menu as MenuType } from 'electron'
import { contextMenuTemplate } from './context-menu-template'

interface ContextMenuDeps {
  Menu: Pick<typeof MenuType, 'buildFromTemplate'>
  clipboard: Pick<Clipboard, 'writeText'>
}

/** Shows the right-click menu (context-menu-template.ts) in `win`; nothing when it would be empty. */
export function installContextMenu(win: BrowserWindow, { Menu, clipboard }: ContextMenuDeps): void {
  const contents = win.webContents
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
      copyLink: (url) => clipboard.writeText(url)
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win })
  })
}
