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

/** Makes `navigator` the one used; the returned function unregisters it (if still current). */
export function registerCardNavigator(navigator: CardNavigator): () => void {
  registered = navigator
  return () => {
    if (registered === navigator) registered = null
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
