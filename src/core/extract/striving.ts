// 力争/争取/确保 before a target figure that has no comparator word of its own. The gold conventions
// (test/fixtures/README.md, "Comparators") read a striven growth rate as a floor (力争增长7% → ≥, as
// in the seed), but a striven count or level as the figure itself (力争新增10个 → =): only 以上,
// 超过, 不少于… written in the text make a count a floor, and those are read as comparators already.
import type { Comparator } from '../model/types'

const STRIVING = /力争|争取|确保/

/** Whether the clause strives for its figures (力争, 争取, 确保). */
export function isStriving(clause: string): boolean {
  return STRIVING.test(clause)
}

/** The comparator of a figure: its own word if it has one, else ≥ for a striven target's growth rate, else =. */
export function targetComparator(own: Comparator | null, isTarget: boolean, striving: boolean, growth: boolean): Comparator {
  if (own) return own
  return isTarget && striving && growth ? '≥' : '='
}
