// The index's vocabulary: a number per term, how many live documents hold it, and the terms a query
// term reaches (itself, and longer terms for a prefix: 古 → 古城, 古镇; luoy → luoyang).
//
// Terms read from a snapshot stay packed (one string and offsets) with their order by text stored
// alongside, so a load builds no map of 100,000 terms: an exact or prefix lookup is a binary search.
// Terms met later (documents added after a build or a load) go in a map, as during a build.
import { IntList } from './intList'
import { packStrings, StringList, type PackedStrings } from './packedStrings'
import { isCjk, isPrefixTerm } from './tokenize'

/** A prefix match (古 → 古城) counts less than the word as typed, as in MiniSearch. */
const PREFIX_WEIGHT = 0.375

/** An index term a query term reaches, with its weight. */
export interface TermSource {
  t: number
  w: number
}

/** Whether a term may be reached from a shorter prefix: digits never expand (700 must not find 7000). */
function expands(term: string): boolean {
  const c = term.charCodeAt(0)
  if (c >= 0x30 && c <= 0x39) return false
  return isCjk(c) || term.length >= 2
}

const byText = (list: readonly string[]) => (a: number, b: number) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0)

export class TermTable {
  private readonly terms: StringList
  /** the packed terms' numbers ordered by their text */
  private readonly order: Int32Array
  /** terms numbered after the packed ones: by text, and by first character for prefix lookups */
  private readonly addedOf = new Map<string, number>()
  private readonly addedByFirst = new Map<string, number[]>()
  /** live documents holding each term */
  readonly df: IntList

  /** Empty, or the packed terms of a snapshot with their order and document frequencies. */
  constructor(packed?: { terms: PackedStrings; order: Int32Array; df: Int32Array }) {
    this.terms = new StringList(packed?.terms)
    this.order = packed?.order ?? new Int32Array(0)
    this.df = packed ? new IntList(packed.df) : new IntList()
  }

  get count(): number {
    return this.terms.length
  }

  term(t: number): string {
    return this.terms.get(t)
  }

  lookup(term: string): number | undefined {
    const added = this.addedOf.get(term)
    if (added !== undefined) return added
    const i = this.firstAtOrAfter(term)
    return i < this.order.length && this.terms.get(this.order[i]) === term ? this.order[i] : undefined
  }

  /** The term's number, a new one when it is new. */
  idFor(term: string): number {
    const known = this.lookup(term)
    if (known !== undefined) return known
    const t = this.terms.push(term)
    this.addedOf.set(term, t)
    this.df.push(0)
    if (expands(term)) {
      const list = this.addedByFirst.get(term[0])
      if (list) list.push(t)
      else this.addedByFirst.set(term[0], [t])
    }
    return t
  }

  /** Position in `order` of the first packed term not before `term`. */
  private firstAtOrAfter(term: string): number {
    let lo = 0
    let hi = this.order.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.terms.get(this.order[mid]) < term) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /**
   * The live terms a query term reaches: itself, then the longer terms it begins, in term-number
   * order (the order their scores are summed in, so a loaded index scores to the last bit as the one
   * that was saved).
   */
  sources(term: string): TermSource[] {
    const out: TermSource[] = []
    const exact = this.lookup(term)
    if (exact !== undefined && this.df.get(exact) > 0) out.push({ t: exact, w: 1 })
    if (!isPrefixTerm(term)) return out
    const longer: number[] = []
    for (let i = this.firstAtOrAfter(term); i < this.order.length; i++) {
      const s = this.terms.get(this.order[i])
      if (!s.startsWith(term)) break
      if (s.length > term.length && expands(s)) longer.push(this.order[i])
    }
    longer.sort((a, b) => a - b)
    // added terms are numbered after every packed one, in the order they came
    for (const t of this.addedByFirst.get(term[0]) ?? []) {
      const s = this.terms.get(t)
      if (s.length > term.length && s.startsWith(term)) longer.push(t)
    }
    for (const t of longer) if (t !== exact && this.df.get(t) > 0) out.push({ t, w: PREFIX_WEIGHT })
    return out
  }

  /**
   * The terms still held by some document, renumbered in their present order, packed, with their
   * order by text; `newId[t]` is a term's new number, -1 when dropped.
   */
  pack(): { terms: PackedStrings; order: Int32Array; newId: Int32Array } {
    const newId = new Int32Array(this.count).fill(-1)
    const list: string[] = []
    for (let t = 0; t < this.count; t++) {
      if (this.df.get(t) <= 0) continue
      newId[t] = list.length
      list.push(this.terms.get(t))
    }
    const order = new Int32Array(list.length)
    for (let i = 0; i < order.length; i++) order[i] = i
    order.sort(byText(list))
    return { terms: packStrings(list), order, newId }
  }
}
