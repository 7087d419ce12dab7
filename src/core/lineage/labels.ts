// Names of lineage relations and suggestion reasons in both languages (Chinese first in the UI).
import type { Label } from '../progress/labels'
import type { LinkRelation, LinkState } from '../model/types'
import type { ReasonCode } from './suggest'

export const RELATION_LABELS: Readonly<Record<LinkRelation, Label>> = {
  restated: { 'zh-CN': '再次提出', en: 'Restated' },
  raised: { 'zh-CN': '目标调高', en: 'Raised' },
  lowered: { 'zh-CN': '目标调低', en: 'Lowered' },
  deadline_moved: { 'zh-CN': '逾期后重新设定', en: 'Deadline moved after it passed' },
  reworded: { 'zh-CN': '换了说法', en: 'Reworded' },
}

export const LINK_STATE_LABELS: Readonly<Record<LinkState, Label>> = {
  suggested: { 'zh-CN': '待确认', en: 'Suggested' },
  confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
  rejected: { 'zh-CN': '已否决', en: 'Rejected' },
}

export const REASON_LABELS: Readonly<Record<ReasonCode, Label>> = {
  same_district: { 'zh-CN': '同一区县', en: 'Same district' },
  same_department: { 'zh-CN': '同一部门', en: 'Same department' },
  same_person: { 'zh-CN': '同一负责人', en: 'Same person' },
  similar_metric: { 'zh-CN': '指标相近', en: 'Similar metric' },
  shared_object: { 'zh-CN': '同一对象', en: 'Same named object' },
  value_raised: { 'zh-CN': '数值调高', en: 'Value raised' },
  value_lowered: { 'zh-CN': '数值调低', en: 'Value lowered' },
  value_same: { 'zh-CN': '数值不变', en: 'Same value' },
  deadline_passed: { 'zh-CN': '原期限已过', en: 'Earlier deadline had passed' },
  deadline_later: { 'zh-CN': '期限推后', en: 'Deadline later' },
  different_wording: { 'zh-CN': '措辞不同', en: 'Different wording' },
}
