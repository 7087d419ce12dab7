// A growable Int32Array: per-document columns (field lengths, string refs, alive flags) stay flat
// typed arrays, so 100,000 documents cost a few megabytes and copy into IndexedDB in one block.
export class IntList {
  private a: Int32Array
  length = 0

  constructor(from?: Int32Array) {
    this.a = from ? from : new Int32Array(64)
    if (from) this.length = from.length
  }

  push(v: number): void {
    if (this.length === this.a.length) {
      const next = new Int32Array(Math.max(64, this.a.length * 2))
      next.set(this.a)
      this.a = next
    }
    this.a[this.length++] = v
  }

  get(i: number): number {
    return this.a[i]
  }

  set(i: number, v: number): void {
    this.a[i] = v
  }

  /** The backing array (longer than `length`); read only indices below `length`. */
  get raw(): Int32Array {
    return this.a
  }

  /** A copy of exactly `length` values. */
  toArray(): Int32Array {
    return this.a.slice(0, this.length)
  }
}
