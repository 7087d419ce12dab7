// Every number the progress engine judges by, in one place. The methodology text is generated from
// these constants, so the explanation users read can never disagree with what the engine does.

export interface Thresholds {
  aheadRatio: number
  behindRatio: number
  ratePoints: number
  approxShare: number
  firstHandDays: number
  nextYearPledgeMonth: number
  dueSoonDays: readonly [number, number]
}

export const THRESHOLDS: Readonly<Thresholds> = {
  /**
   * Paced targets (序时进度): ratio = actual ÷ expected-by-now.
   * ratio ≥ aheadRatio → ahead 超序时; ratio < behindRatio → behind 慢序时; in between → on pace 按序时.
   * ±5 % keeps rounding in published figures (约236亿元, 3153万余) from flipping a status.
   */
  aheadRatio: 1.05,
  behindRatio: 0.95,
  /**
   * Rates in % (增长7%, 城镇化率65%) are compared directly, not paced: a growth rate for part of the year
   * is already a rate for that part. Difference (reported − pledged) in percentage points:
   * ≥ +ratePoints → ahead; < −ratePoints → behind; in between → on pace.
   */
  ratePoints: 0.5,
  /**
   * Approximate targets (左右/约, comparator ≈) count as achieved when the final figure is within this
   * share below the target (or within ratePoints below a % target).
   */
  approxShare: 0.05,
  /**
   * Conflicting 'done' reports on one milestone: a report is first-hand when its evidence was
   * published no later than this many days after the event. The earliest first-hand date counts.
   */
  firstHandDays: 31,
  /**
   * When the pledge's date is known (the source's publication date), a pledge made from this month on
   * is read as next year's plan (December economic work conferences set the coming year's targets),
   * so its period starts the next 1 January — unless that is after its deadline.
   */
  nextYearPledgeMonth: 10,
  /** The due-soon panel's windows, in days from today. */
  dueSoonDays: [30, 90],
}
