/**
 * Moving keyboard focus to annotation cards. The card list is virtualised (a long article has a
 * thousand cards, and only those near the pane's viewport are in the DOM), so the card to focus
 * may not exist yet: the mounted list registers a navigator that scrolls to it and focuses it as
 * soon as it is rendered (at once when it already is, else right after React renders it).
 * Callers outside the list (the reader, j/k, navigation) go through these functions, never
 * through the DOM.
 */
export interface CardNavigator {
  /** Scrolls to and focuses the card of annotation `id`; false when the list does not show it. */
  focus(id: string): boolean
  /**
   * Same for the card after (1) or before (-1) the current one, in the list's order; the id of
   * the annotation whose card gets focus, or null when there is none.
   */
  adjacent(step: 1 | -1): string | null
}

let registered: CardNavigator | null = null
/** Shows the card list where it is hidden (the pane's Notes tab is in front). */
let listOpener: (() => void) | null = null
/** A j/k move asked for while the list was hidden, made once the list registers. */
let pendingMove: { step: 1 | -1; then: (id: string) => void } | null = null

/** Makes `navigator` the one used; the returned function unregisters it (if still current). */
export function registerCardNavigator(navigator: CardNavigator): () => void {
  registered = navigator
  if (pendingMove) {
    const { step, then } = pendingMove
    pendingMove = null
    const id = navigator.adjacent(step)
    if (id) then(id)
  }
  return () => {
    if (registered === navigator) registered = null
  }
}

/**
 * Registers how to bring the card list into view when another view holds its place (the
 * annotations pane's Notes tab); the returned function unregisters it (if still current).
 */
export function registerCardListOpener(open: () => void): () => void {
  listOpener = open
  return () => {
    if (listOpener === open) listOpener = null
    pendingMove = null
  }
}

/** Focuses the card of annotation `id` in the annotation pane; false when no list shows it. */
export const focusCard = (id: string): boolean => registered?.focus(id) ?? false

/**
 * Focuses the next or previous annotation card in the pane's current order and filter; returns
 * that annotation's id (null when the pane shows no card).
 */
export const focusAdjacentCard = (step: 1 | -1): string | null => registered?.adjacent(step) ?? null

/**
 * j/k: focuses the next or previous card and hands its annotation's id to `then`. With the list
 * hidden behind the Notes tab, it brings the list to the front first and moves once it shows,
 * rather than doing nothing. Answers 'moved', 'opening' (the move follows), 'none' (no card to
 * move to) or 'no-list' (no annotations pane is open).
 */
export function moveToAdjacentCard(
  step: 1 | -1,
  then: (id: string) => void
): 'moved' | 'opening' | 'none' | 'no-list' {
  if (registered) {
    const id = registered.adjacent(step)
    if (!id) return 'none'
    then(id)
    return 'moved'
  }
  if (!listOpener) return 'no-list'
  pendingMove = { step, then }
  listOpener()
  return 'opening'
}

/**
 * The index j (1) or k (-1) moves to in a list of `count` cards from `current` (-1: no card is
 * current, so j starts at the first and k at the last); it stops at either end. Null when empty.
 */
export function adjacentIndex(count: number, current: number, step: 1 | -1): number | null {
  if (count === 0) return null
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1
  return Math.min(count - 1, Math.max(0, current + step))
}

/**
 * The indexes to render: the virtualiser's window plus the pinned ones (the focused and the
 * active card, so focus is never lost by unmounting them), ascending and without repeats, so the
 * DOM order stays the list's order.
 */
export function withPinned(window: readonly number[], pinned: readonly number[]): number[] {
  const extra = pinned.filter((i) => !window.includes(i))
  if (extra.length === 0) return [...window]
  return [...new Set([...window, ...extra])].sort((a, b) => a - b)
}
