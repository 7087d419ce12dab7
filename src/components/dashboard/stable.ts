// A computed that keeps its previous object while the new one is structurally equal, so whatever
// reads it (a chart's option, a data table) is not recomputed and ECharts is not handed a new
// option: each chart redraws only when its own series changed.
import { computed, type ComputedRef } from 'vue'

export function stable<T>(get: () => T | undefined, same: (a: T, b: T) => boolean): ComputedRef<T | undefined> {
  return computed<T | undefined>((prev) => {
    const next = get()
    return prev !== undefined && next !== undefined && same(prev, next) ? prev : next
  })
}
