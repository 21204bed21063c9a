import { afterEach, describe, expect, it, vi } from 'vitest'
import { guardMenuCommands } from './menu-command-guard'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('guardMenuCommands', () => {
  it('runs menu commands when no dialog is open', () => {
    const run = vi.fn()
    const notify = vi.fn()
    guardMenuCommands(run, notify)('export')
    expect(run).toHaveBeenCalledWith('export')
    expect(notify).not.toHaveBeenCalled()
  })

  it('holds every command but the theme while a modal dialog is open, and says so', () => {
    document.body.innerHTML =
      '<dialog open class="dialog"><textarea>pasted text</textarea></dialog>'
    const run = vi.fn()
    const notify = vi.fn()
    const guarded = guardMenuCommands(run, notify)
    guarded('export')
    guarded('show-shortcuts')
    guarded('paste-article')
    expect(run).not.toHaveBeenCalled()
    expect(notify).toHaveBeenCalledTimes(3)
    expect(notify).toHaveBeenCalledWith(
      'warning',
      'Close the open dialog first: that menu command was not run.'
    )
    guarded('theme-dark')
    expect(run).toHaveBeenCalledWith('theme-dark')
  })

  it('lets commands through beside a modeless dialog', () => {
    document.body.innerHTML = '<dialog open class="dialog dialog-modeless"></dialog>'
    const run = vi.fn()
    guardMenuCommands(run, vi.fn())('show-about')
    expect(run).toHaveBeenCalledWith('show-about')
  })
})
