// Many short strings kept as one joined string and the end offset of each. A structured clone (what
// IndexedDB does on put and get) copies one string and one buffer instead of walking 100,000
// string objects: that walk was most of the stored index's load at 100,000 commitments.
/** String i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedStrings {
  text: string
  ends: Int32Array
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length)
  let at = 0
  for (let i = 0; i < list.length; i++) {
    at += list[i].length
    ends[i] = at
  }
  return { text: list.join(''), ends }
}

/** Whether the offsets fit the text: ascending, the last one its length. */
export function packedIsWhole(p: PackedStrings): boolean {
  if (typeof p?.text !== 'string' || !(p.ends instanceof Int32Array)) return false
  let prev = 0
  for (let i = 0; i < p.ends.length; i++) {
    if (p.ends[i] < prev) return false
    prev = p.ends[i]
  }
  return prev === p.text.length
}

/**
 * A list of strings read from a packed block (sliced when asked for, never all at once) with later
 * strings appended as plain strings.
 */
export class StringList {
  private readonly baseText: string
  private readonly baseEnds: Int32Array
  private readonly added: string[] = []

  constructor(base: PackedStrings = { text: '', ends: new Int32Array(0) }) {
    this.baseText = base.text
    this.baseEnds = base.ends
  }

  get length(): number {
    return this.baseEnds.length + this.added.length
  }

  /** How many strings came from the packed block. */
  get baseLength(): number {
    return this.baseEnds.length
  }

  get(i: number): string {
    const n = this.baseEnds.length
    if (i >= n) return this.added[i - n]
    return this.baseText.slice(i === 0 ? 0 : this.baseEnds[i - 1], this.baseEnds[i])
  }

  /** Whether string i is `s`, without slicing it out (the worker's comparison asks this of every field). */
  equals(i: number, s: string): boolean {
    const n = this.baseEnds.length
    if (i >= n) return this.added[i - n] === s
    const start = i === 0 ? 0 : this.baseEnds[i - 1]
    return this.baseEnds[i] - start === s.length && this.baseText.startsWith(s, start)
  }

  push(s: string): number {
    this.added.push(s)
    return this.length - 1
  }
}
