// Where this month stands against the deadline chart's months, so the chart's hint says only what is
// drawn: the option builder draws its dashed "this month" line only when the month is one of the
// chart's months (charts/options/deadlineTimeline.ts); otherwise the card says on which side it lies.
// Pure, so the three cases are tested without a browser.

export type TodayPlace = 'inside' | 'before' | 'after' | 'none'

/**
 * @param months the chart's months, ascending 'YYYY-MM' (contiguous: fillMonths fills the gaps)
 * @param todayMonth 'YYYY-MM'
 * @returns 'none' when there is no month to chart
 */
export function todayPlace(months: readonly string[], todayMonth: string): TodayPlace {
  if (!months.length) return 'none'
  // 'YYYY-MM' strings order as the months do
  if (todayMonth < months[0]) return 'before'
  if (todayMonth > months[months.length - 1]) return 'after'
  return 'inside'
}
