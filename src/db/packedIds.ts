// An ordered id list kept as the list worker sends it: one string of every id back to back and the
// end offset of each. The list pages through 50 ids at a time, so the page never splits the whole
// string: splitting 100,000 ids (and collecting the garbage) was the one long task left on the page
// after a whole-table sort.

/** What the list needs of its ordered ids: a length and a slice (a plain string[] is one too). */
export interface IdSeq {
  readonly length: number
  slice(start?: number, end?: number): string[]
}

export class PackedIds implements IdSeq {
  /**
   * @param joined every id, back to back, no separator
   * @param ends `ends[i]` is where id i ends in `joined` (id i starts where id i-1 ends)
   */
  constructor(
    private readonly joined: string,
    private readonly ends: Uint32Array,
  ) {}

  get length(): number {
    return this.ends.length
  }

  slice(start = 0, end = this.ends.length): string[] {
    const n = this.ends.length
    const from = Math.max(0, start < 0 ? n + start : Math.min(start, n))
    const to = Math.max(from, end < 0 ? n + end : Math.min(end, n))
    const out: string[] = []
    for (let i = from; i < to; i++) out.push(this.joined.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i]))
    return out
  }
}

/** The two parts of a PackedIds, to post from a worker (the offsets' buffer can be transferred). */
export function packIds(ids: readonly string[]): { joined: string; ends: Uint32Array } {
  const ends = new Uint32Array(ids.length)
  let at = 0
  for (let i = 0; i < ids.length; i++) {
    at += ids[i].length
    ends[i] = at
  }
  return { joined: ids.join(''), ends }
}
