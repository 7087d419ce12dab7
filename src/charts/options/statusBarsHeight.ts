// The bar charts' height, apart from their option builder: the dashboard keeps this room free while a
// chart's code loads, and importing the builder (ECharts' types aside, its helpers) into the first
// screen's JavaScript for three numbers would cost kilobytes there.

/** one legend line (common.ts's LEGEND_LINE_HEIGHT) */
export const LEGEND_LINE = 22
export const BAR_ROW_HEIGHT = 26
const CHROME_HEIGHT = 50 // axis + margins, without the legend

/** Height that shows up to `maxVisible` bars without squeezing them, below `legendRows` legend lines. */
export function statusBarsHeight(rows: number, maxVisible = 14, legendRows = 1): number {
  return CHROME_HEIGHT + legendRows * LEGEND_LINE + Math.max(3, Math.min(rows, maxVisible)) * BAR_ROW_HEIGHT
}
