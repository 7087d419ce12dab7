// The dashboard charts' heights, in one place for the charts themselves and for the room the
// dashboard keeps free while a chart's code loads (components/dashboard/dashboardCharts.ts). No
// imports: it is part of the first screen's JavaScript, the option builders and ECharts are not.

/** Below this width the charts take their narrow layout (as the app's CSS breakpoint). */
export const NARROW_CHART_QUERY = '(max-width: 560px)'

/** one legend line (options/common.ts LEGEND_LINE_HEIGHT) */
export const LEGEND_LINE = 22
export const BAR_ROW_HEIGHT = 26
const CHROME_HEIGHT = 50 // axis + margins, without the legend

/** Height that shows up to `maxVisible` bars without squeezing them, below `legendRows` legend lines. */
export function statusBarsHeight(rows: number, maxVisible = 14, legendRows = 1): number {
  return CHROME_HEIGHT + legendRows * LEGEND_LINE + Math.max(3, Math.min(rows, maxVisible)) * BAR_ROW_HEIGHT
}

export const MAP_HEIGHT = 360
export const DEADLINE_CHART_HEIGHT = 300
export const categoryPieHeight = (narrow: boolean): number => (narrow ? 400 : 300)
