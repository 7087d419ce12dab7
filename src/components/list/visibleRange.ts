// Which rows a fixed-height virtual list draws, and in which slot each one goes. With one row height
// the first visible row is scrollTop / height: no per-row measurement table (the generic virtualiser
// built and searched 100,000 measurement objects whenever the count changed, ~170 ms at 100,000).

export interface RowRange {
  /** first row drawn (overscan included), -1 when there is nothing to draw */
  first: number
  /** last row drawn, inclusive */
  last: number
}

/** Rows first…last that cover the viewport plus `overscan` rows either side, clamped to the list. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number): RowRange {
  if (count <= 0 || rowHeight <= 0) return { first: -1, last: -1 }
  const top = Math.max(0, scrollTop)
  const firstSeen = Math.min(count - 1, Math.floor(top / rowHeight))
  // a viewport not yet measured (0) still draws one screen's worth of overscan, so the first paint has rows
  const lastSeen = Math.min(count - 1, Math.max(firstSeen, Math.ceil((top + Math.max(0, viewport)) / rowHeight) - 1))
  return { first: Math.max(0, firstSeen - overscan), last: Math.min(count - 1, lastSeen + overscan) }
}

/**
 * The slot (Vue key) of row `index` when at most `slots` rows are drawn at once. Consecutive rows get
 * distinct slots, and a row that scrolls off one end frees exactly the slot the row coming in at the
 * other end takes, so Vue patches the existing row components with new props instead of unmounting
 * and mounting them.
 */
export function slotOf(index: number, slots: number): number {
  return index % Math.max(1, slots)
}
