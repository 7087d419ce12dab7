// Names of statuses and verdicts in both languages; the Chinese official term comes first in the UI.
import type { Status, VerdictKind } from '../model/types'

export interface Label {
  'zh-CN': string
  en: string
}

export const STATUS_LABELS: Readonly<Record<Status, Label>> = {
  ahead: { 'zh-CN': '超序时', en: 'Ahead of pace' },
  on_pace: { 'zh-CN': '按序时', en: 'On pace' },
  behind: { 'zh-CN': '慢序时', en: 'Behind pace' },
  achieved: { 'zh-CN': '已完成', en: 'Achieved' },
  achieved_early: { 'zh-CN': '提前完成', en: 'Achieved early' },
  missed: { 'zh-CN': '未完成', en: 'Missed' },
  overdue: { 'zh-CN': '逾期', en: 'Overdue' },
  done: { 'zh-CN': '已实现', en: 'Done' },
  not_yet: { 'zh-CN': '推进中', en: 'Not yet done' },
  no_data: { 'zh-CN': '未评估', en: 'No data' },
}

export const VERDICT_LABELS: Readonly<Record<VerdictKind, Label>> = {
  partial: { 'zh-CN': '部分完成', en: 'Partly achieved' },
  revised: { 'zh-CN': '目标调整', en: 'Revised' },
  dropped: { 'zh-CN': '已放弃', en: 'Dropped' },
  achieved: { 'zh-CN': '已完成', en: 'Achieved' },
  missed: { 'zh-CN': '未完成', en: 'Missed' },
}
