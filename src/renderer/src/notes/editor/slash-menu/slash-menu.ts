import { Extension } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import { ReactRenderer } from '@tiptap/react'
import Suggestion, { type SuggestionOptions, type SuggestionProps } from '@tiptap/suggestion'
import { SLASH_ITEMS, filterSlashItems, type SlashItem } from './slash-items'
import { SlashMenuList, type SlashMenuHandle, type SlashMenuListProps } from './SlashMenuList'

export interface SlashMenuOptions {
  items: readonly SlashItem[]
}

export const slashMenuKey = new PluginKey('slashMenu')

/** Renders the list with React in a popup the suggestion plugin positions next to the "/". */
type SlashRender = ReturnType<NonNullable<SuggestionOptions<SlashItem, SlashItem>['render']>>

function renderSlashMenu(): SlashRender {
  let renderer: ReactRenderer<SlashMenuHandle, SlashMenuListProps> | null = null
  let unmount: (() => void) | null = null
  const listProps = (props: SuggestionProps<SlashItem, SlashItem>): SlashMenuListProps => ({
    items: props.items,
    query: props.query,
    command: props.command
  })
  return {
    onStart: (props) => {
      renderer = new ReactRenderer(SlashMenuList, { props: listProps(props), editor: props.editor })
      renderer.element.classList.add('slash-menu-popup')
      unmount = props.mount(renderer.element)
    },
    onUpdate: (props) => renderer?.updateProps(listProps(props)),
    onKeyDown: ({ event }) => renderer?.ref?.onKeyDown(event) ?? false,
    onExit: () => {
      unmount?.()
      renderer?.destroy()
      renderer = null
      unmount = null
    }
  }
}

/** The "/" command menu: typed after a space or at the start of a line, outside code. */
export const SlashMenu = Extension.create<SlashMenuOptions>({
  name: 'slashMenu',

  addOptions() {
    return { items: SLASH_ITEMS }
  },

  addProseMirrorPlugins() {
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashMenuKey,
        char: '/',
        items: ({ query }) => filterSlashItems(this.options.items, query),
        command: ({ editor, range, props }) => props.run?.(editor, range),
        allow: ({ state, range }) => !state.doc.resolve(range.from).parent.type.spec.code,
        render: renderSlashMenu
      })
    ]
  }
})
