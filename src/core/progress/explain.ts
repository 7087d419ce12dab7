// One-line explanations of a status result for the list and the detail page, in both languages,
// so every view words the engine's reasons the same way.
import type { StatusResult } from './status'
import { STATUS_LABELS, VERDICT_LABELS } from './labels'

export type Lang = 'zh-CN' | 'en'

const num = (x: number) => String(Number(x.toFixed(1)))
const pct = (x: number) => `${Math.round(x * 100)}%`
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A stored YYYY-MM-DD date as a reader writes it (2024年9月30日 / 30 Sep 2024); anything else as given. */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [m[1], Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12) return iso
  return lang === 'zh-CN' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS_EN[mo - 1]} ${y}`
}

/** Short sentences explaining `r`, most important first; empty when there is nothing to say. */
export function explainStatus(r: StatusResult, lang: Lang): string[] {
  const zh = lang === 'zh-CN'
  const out: string[] = []
  const observed = r.basis?.observedOn ?? null
  const asOf = observed && dateText(observed, lang)

  if (r.verdict && r.overridden)
    out.push(zh
      ? `人工结论：${VERDICT_LABELS[r.verdict.verdict]['zh-CN']}（理由：${r.verdict.reason.trim()}）；系统计算为“${STATUS_LABELS[r.computed]['zh-CN']}”`
      : `Verdict: ${VERDICT_LABELS[r.verdict.verdict].en} (reason: ${r.verdict.reason.trim()}); computed: ${STATUS_LABELS[r.computed].en}`)
  else if (r.verdict)
    out.push(zh
      ? `人工结论：${VERDICT_LABELS[r.verdict.verdict]['zh-CN']}（理由：${r.verdict.reason.trim()}）`
      : `Verdict: ${VERDICT_LABELS[r.verdict.verdict].en} (reason: ${r.verdict.reason.trim()})`)

  if (r.computed === 'overdue' && r.mode !== 'state')
    out.push(zh ? '截止日期已过，尚无全期数字' : 'Deadline passed with no figure for the whole period')
  if (r.computed === 'overdue' && r.mode === 'state')
    out.push(zh ? '截止日期已过，尚无完成的报道' : 'Deadline passed with no report of completion')

  if (r.mode === 'pace' && r.gapPoints !== null && asOf && r.computed !== 'achieved' && r.computed !== 'missed') {
    const band = r.pace ? STATUS_LABELS[r.pace] : null
    const g = Math.abs(r.gapPoints)
    if (band)
      out.push(zh
        ? `截至${asOf}：${band['zh-CN']}（完成进度${r.gapPoints >= 0 ? '快于' : '慢于'}时间进度${num(g)}个百分点）`
        : `As of ${asOf}: ${band.en.toLowerCase()} (share done ${num(g)} points ${r.gapPoints >= 0 ? 'ahead of' : 'behind'} time elapsed)`)
  }
  if ((r.mode === 'pace' && (r.computed === 'achieved' || r.computed === 'missed')) || r.mode === 'cumulative' || r.mode === 'level') {
    if (r.ratio !== null && r.mode !== 'level') out.push(zh ? `完成目标的${pct(r.ratio)}` : `${pct(r.ratio)} of the target reached`)
  }
  if (r.mode === 'rate' && r.gapPoints !== null && asOf) {
    const g = num(Math.abs(r.gapPoints))
    out.push(zh
      ? `截至${asOf}：${r.gapPoints >= 0 ? '优于' : '差于'}目标${g}个百分点`
      : `As of ${asOf}: ${g} points ${r.gapPoints >= 0 ? 'better' : 'worse'} than the target`)
  }
  if (r.late && asOf) out.push(zh ? `晚于截止日期实现（${asOf}）` : `Done after the deadline (${asOf})`)
  if (r.conflicts.length) {
    const dates = r.conflicts.map((u) => dateText(u.observedOn, lang)).join(zh ? '、' : '; ')
    out.push(zh
      ? `另有${r.conflicts.length}条报道给出不同日期（${dates}），以${asOf}的第一手报道为准`
      : `${r.conflicts.length} other report(s) give another date (${dates}); the first-hand report of ${asOf} counts`)
  }
  return out
}
