// The quality bars of issue 2, applied to one fixture (or to the pooled corpus).
import type { SourceScore } from './score'

export interface Bar {
  id: string
  label: string
  threshold: number
  /** the measured figure; null when it is undefined for this text (no gold item, no match) */
  measure: (s: SourceScore) => number | null
}

export const BARS: readonly Bar[] = [
  { id: 'tm.recall', label: '目标+里程碑 召回 target+milestone recall', threshold: 0.95, measure: (s) => s.kinds['target+milestone'].recall },
  {
    id: 'tm.precision',
    label: '目标+里程碑 精确 target+milestone precision',
    threshold: 0.9,
    // With no gold pledge in the text, any predicted pledge is wrong: precision is 0, not vacuous.
    measure: (s) => {
      const k = s.kinds['target+milestone']
      return k.predicted === 0 ? null : k.precision
    },
  },
  { id: 'fact.recall', label: '事实 召回 fact recall', threshold: 0.85, measure: (s) => s.kinds.fact.recall },
  { id: 'value', label: '数值 value exact', threshold: 1, measure: (s) => s.fields.value.rate },
  { id: 'unit', label: '单位 unit exact', threshold: 1, measure: (s) => s.fields.unit.rate },
  { id: 'deadline', label: '期限 deadline', threshold: 0.95, measure: (s) => s.fields.deadline.rate },
  { id: 'district', label: '区县 district', threshold: 0.9, measure: (s) => s.fields.district.rate },
]

export interface BarResult {
  id: string
  label: string
  threshold: number
  value: number | null
  /** an undefined figure (nothing to measure) passes: another bar catches the emptiness */
  pass: boolean
}

export function checkBars(score: SourceScore): BarResult[] {
  return BARS.map((b) => {
    const value = b.measure(score)
    // A tiny tolerance so that 19/20 = 0.95 is not failed by floating point.
    return { id: b.id, label: b.label, threshold: b.threshold, value, pass: value === null || value >= b.threshold - 1e-9 }
  })
}

export function allPass(results: readonly BarResult[]): boolean {
  return results.every((r) => r.pass)
}
