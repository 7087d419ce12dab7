// Test support: the shape of an ECharts option — its keys, and its series and components by id —
// without the values. vue-echarts merges a new option into the chart only while this shape keeps
// every key; one that disappears makes it hand ECharts a new chart (notMerge), which rebuilds every
// component and view. Imported by tests only.
export function optionShape(o: object): unknown {
  if (Array.isArray(o)) return o.map((x) => (x && typeof x === 'object' ? { id: 'id' in x ? x.id : undefined, ...(optionShape(x) as object) } : 'value'))
  return Object.fromEntries(
    Object.entries(o)
      .filter(([k, v]) => v !== undefined && k !== 'data')
      .map(([k, v]) => [k, v && typeof v === 'object' ? optionShape(v) : 'value']),
  )
}
