import type { SearchKind } from './search-document'

const KINDS: readonly SearchKind[] = ['article', 'annotation', 'event', 'note']
const KIND_CODE: Record<SearchKind, number> = { article: 0, annotation: 1, event: 2, note: 3 }

/**
 * What scoring needs to know of every indexed document, in typed arrays by the engine's internal
 * id: whether it is still indexed, its kind and the length of each field. Scoring a common word
 * reads these for 20,000 documents; looked up in Maps they took most of its time.
 */
export class DocColumns {
  private live = new Uint8Array(0)
  private kinds = new Uint8Array(0)
  private lengths: Uint32Array[]

  constructor(private readonly fieldCount: number) {
    this.lengths = Array.from({ length: fieldCount }, () => new Uint32Array(0))
  }

  /** Records a document just indexed; `lengths` by field id, as MiniSearch counts them. */
  add(short: number, kind: SearchKind, lengths: readonly number[]): void {
    if (short >= this.live.length) this.grow(Math.max(1024, short + 1, this.live.length * 2))
    this.live[short] = 1
    this.kinds[short] = KIND_CODE[kind]
    for (let field = 0; field < this.fieldCount; field++)
      this.lengths[field]![short] = lengths[field] ?? 0
  }

  /** Marks a document no longer indexed (its words may linger in the index until vacuumed). */
  drop(short: number): void {
    if (short < this.live.length) this.live[short] = 0
  }

  /** Forgets every document. */
  clear(): void {
    this.live.fill(0)
  }

  isLive(short: number): boolean {
    return this.live[short] === 1
  }

  kindOf(short: number): SearchKind {
    return KINDS[this.kinds[short]!]!
  }

  /** The lengths of one field, by internal id. */
  fieldLengths(field: number): Uint32Array {
    return this.lengths[field]!
  }

  private grow(size: number): void {
    const live = new Uint8Array(size)
    live.set(this.live)
    this.live = live
    const kinds = new Uint8Array(size)
    kinds.set(this.kinds)
    this.kinds = kinds
    this.lengths = this.lengths.map((old) => {
      const lengths = new Uint32Array(size)
      lengths.set(old)
      return lengths
    })
  }
}
