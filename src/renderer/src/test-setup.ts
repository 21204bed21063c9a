// Renderer tests run in jsdom: IndexedDB comes from fake-indexeddb, crypto.subtle from Node.
import 'fake-indexeddb/auto'

// jsdom has <dialog> but not its modal methods; these do what the Dialog component relies on,
// as browsers do (close fires 'close').
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  if (!this.hasAttribute('open')) return
  this.removeAttribute('open')
  this.dispatchEvent(new Event('close'))
}
