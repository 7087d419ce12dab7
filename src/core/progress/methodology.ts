// The methodology page's text, in plain words, in both languages. Generated from THRESHOLDS and
// from the engine's own functions, so what users read is what the engine does.
import { THRESHOLDS, type Thresholds } from './thresholds'
import { expectedAt } from './period'
import { paceBand } from './compare'
import { inclusiveDays } from './dates'
import { STATUS_LABELS as L, VERDICT_LABELS as V } from './labels'

export interface MethodologySection {
  heading: string
  body: string
}
export interface MethodologyDoc {
  title: string
  sections: MethodologySection[]
}
export type Methodology = Record<'zh-CN' | 'en', MethodologyDoc>

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`

/** The worked example both languages use: the seed page's 3500万人次 pledge and its Jan–Sep figure. */
function example() {
  const period = { start: '2024-01-01', end: '2024-12-31' }
  const expected = expectedAt(35_000_000, period, '2024-09-30')
  const actual = 31_530_000
  return {
    days: inclusiveDays(period.start, '2024-09-30'),
    total: inclusiveDays(period.start, period.end),
    expectedWan: Math.round(expected / 1e4),
    ratio: pct(actual / expected),
    band: paceBand(actual, expected, false),
  }
}

export function buildMethodology(t: Thresholds = THRESHOLDS): Methodology {
  const ex = example()
  const ahead = pct(t.aheadRatio)
  const behind = pct(t.behindRatio)
  const pp = t.ratePoints
  const approx = pct(t.approxShare)
  const [soon, later] = t.dueSoonDays
  const zh = (s: keyof typeof L) => L[s]['zh-CN']
  const en = (s: keyof typeof L) => L[s].en
  return {
    'zh-CN': {
      title: '状态怎么算',
      sections: [
        { heading: '序时进度', body: `“序时进度”问的是：到今天，数字该走到哪儿了？应完成量 = 目标值 × 已过时间占比。时间从承诺期起点算到截止日期，首尾两天都计入；年度目标从当年1月1日算起；跨年目标从提出承诺那一年的1月1日算起，${t.nextYearPledgeMonth}月及以后提出的视为下一年的计划。例：老城区“力争2024年接待游客超过3500万人次”。1—9月共${ex.days}天，全年${ex.total}天，到9月30日应完成 3500万 × ${ex.days}/${ex.total} ≈ ${ex.expectedWan}万人次；实际3153万人次，是应完成量的${ex.ratio}，判为“${zh(ex.band)}”。` },
        { heading: '超序时、按序时、慢序时', body: `实际数 ÷ 应完成量 ≥ ${ahead}为“${zh('ahead')}”，低于${behind}为“${zh('behind')}”，两者之间为“${zh('on_pace')}”。留出这段余地，是因为公开数字常有“约”“余”等取整。页面也给出官方常用的说法：完成全年目标的比例比时间进度高或低几个百分点。` },
        { heading: '阶段数字', body: '多数公开数据只覆盖一年中的一段。“前三季度”的数字与9月30日的序时进度比，而不是与全年目标比；只覆盖一个季度的数字，与这个季度在承诺期中所占的份额比。' },
        { heading: '完成、未完成与逾期', body: `截止日当天或之后、覆盖全期的数字：达到目标为“${zh('achieved')}”，没达到为“${zh('missed')}”。截止日前阶段数字已达到全期目标，为“${zh('achieved_early')}”。截止日已过、只有阶段数字而没有全期数字，为“${zh('overdue')}”，同时仍显示最后一次的序时判断。从没有人记录过任何情况的承诺是“${zh('no_data')}”：不因为没有消息就推定逾期。` },
        { heading: '比较词', body: `“超过”要高于目标，恰好等于不算；报道写“突破”时算超过。“不低于”“达到”以达到目标为准。“控制在……以内”方向相反：用得比序时慢为好，截止前已超出上限即为“${zh('missed')}”。“左右”“约”在目标下方${approx}以内（百分比目标为${pp}个百分点以内）都算完成。` },
        { heading: '增速与比率', body: `“增长7%”这类增速目标，不按时间折算：一季度、上半年的增速本身就是增速，直接与承诺的增速比。高出${pp}个百分点及以上为“${zh('ahead')}”，低${pp}个百分点以上为“${zh('behind')}”，之间为“${zh('on_pace')}”。“%”与“个百分点”含义不同，不能混填。` },
        { heading: '个数目标', body: '“实施项目700个”这类个数目标在一年中逐步累积，和金额、人次一样按序时进度判断。' },
        { heading: '没有截止日期的累计目标', body: `如“累计投放各类融资不低于500亿元”：只显示已完成的比例，不算序时进度，也永远不会逾期；达到目标前为“${zh('not_yet')}”，达到后为“${zh('achieved')}”。` },
        { heading: '节点目标与定性目标', body: `节点目标（如“下半年投产”）看进展状态：已办成的为“${zh('done')}”，截止日前未办成为“${zh('not_yet')}”，截止日后仍未办成为“${zh('overdue')}”。没有截止日期的定性目标（如“创建4A级景区”）只有“${zh('done')}”“${zh('not_yet')}”“${zh('no_data')}”。两个来源给出不同的完成日期时，两条都显示；以最早的第一手报道（事后${t.firstHandDays}天内发布）为准，没有第一手报道时以最早的报道为准。` },
        { heading: '事实', body: `报道中的既成事实（如“共计469名教职工交流轮岗”）不是承诺，不评估，显示为“${zh('no_data')}”。` },
        { heading: '人工结论', body: `编辑可以给出结论（${V.partial['zh-CN']}、${V.revised['zh-CN']}、${V.dropped['zh-CN']}、${V.achieved['zh-CN']}、${V.missed['zh-CN']}），但必须写明理由；没有理由的结论不生效。结论生效后页面显示结论，同时保留系统算出的状态。“${V.partial['zh-CN']}”和“${V.dropped['zh-CN']}”显示为“${zh('missed')}”；“${V.revised['zh-CN']}”不改变状态，仍按最初公布的目标衡量。` },
        { heading: '更正与到期提醒', body: `进展记录只增不改：更正是一条新记录，注明它更正哪一条，两条都留在历史里，计算只用更正后的。“即将到期”列出${soon}天和${later}天内到期的承诺，以及已过截止日期但尚未完成或尚无记录的承诺。` },
      ],
    },
    en: {
      title: 'How status is computed',
      sections: [
        { heading: 'Time-proportional pace (序时进度)', body: `Chinese officials ask: where should the figure be by now? Expected-by-now = target × share of the period elapsed. The period runs from the pledge's start to its deadline, both days counted; an annual target starts on 1 January, a multi-year one on 1 January of the year it was made (a pledge made in month ${t.nextYearPledgeMonth} or later is read as the next year's plan). Example: 老城区 pledged over 35 million visits in 2024. January–September is ${ex.days} of ${ex.total} days, so by 30 September 35 million × ${ex.days}/${ex.total} ≈ ${(ex.expectedWan / 100).toFixed(2)} million were due; the actual 31.53 million is ${ex.ratio} of that: ${en(ex.band).toLowerCase()}.` },
        { heading: 'Ahead, on pace, behind', body: `Actual ÷ expected ≥ ${ahead} is ${en('ahead').toLowerCase()} (超序时); below ${behind} is ${en('behind').toLowerCase()} (慢序时); in between is ${en('on_pace').toLowerCase()} (按序时). The margin keeps rounded published figures ("about", "over") from flipping a status. The page also gives the official phrasing: how many percentage points the share of the target done is above or below the share of time elapsed.` },
        { heading: 'Part-period figures', body: 'Most published figures cover part of a year. A January–September figure is compared with the pace expected at 30 September, not with the full-year target; a single quarter\'s figure is compared with that quarter\'s share of the period.' },
        { heading: 'Achieved, missed, overdue', body: `A figure for the whole period, dated on or after the deadline: reaching the target is ${en('achieved').toLowerCase()} (已完成), falling short is ${en('missed').toLowerCase()} (未完成). A part-period figure that already reaches the whole target is ${en('achieved_early').toLowerCase()} (提前完成). When the deadline has passed with only part-period figures, the pledge is ${en('overdue').toLowerCase()} (逾期), and the last pace reading is still shown. A pledge on which nobody has recorded anything is "${en('no_data')}" (未评估): silence is never read as failure.` },
        { heading: 'Comparators', body: `"More than" (超过) needs a figure above the target; exactly the target does not count unless the report itself says "over". "At least" (不低于, 达) is met by reaching the target. "Kept within" (控制在…以内) turns everything round: using less than the pace is good, and breaking the cap before the deadline is ${en('missed').toLowerCase()}. "About" (左右, 约) is met within ${approx} below the target (${pp} percentage points for rates).` },
        { heading: 'Growth rates and percentages', body: `A growth target (增长7%) is not paced: a half-year growth rate is already a rate, so it is compared directly with the pledged one. ${pp} percentage points or more above is ${en('ahead').toLowerCase()}, more than ${pp} points below is ${en('behind').toLowerCase()}, in between is ${en('on_pace').toLowerCase()}. "%" and "percentage points" (个百分点) mean different things and cannot be mixed.` },
        { heading: 'Counts', body: 'A count target (700 projects) accumulates through the year and is paced like money or visits.' },
        { heading: 'Open-ended cumulative targets', body: `A target with no deadline, such as "at least 50 billion yuan of financing in total" (累计投放不低于500亿元), shows only the share reached. It is never paced and never overdue: "${en('not_yet')}" until reached, then ${en('achieved').toLowerCase()}.` },
        { heading: 'Milestones and qualitative pledges', body: `A milestone (start production in the second half) follows its reported state: ${en('done').toLowerCase()} (已实现); "${en('not_yet').toLowerCase()}" (推进中) before the deadline; ${en('overdue').toLowerCase()} after it. A qualitative pledge with no deadline (become a 4A scenic area) is only ${en('done').toLowerCase()}, not yet done, or no data. When two sources give different completion dates, both are shown; the earliest first-hand report (published within ${t.firstHandDays} days of the event) counts, or the earliest report when none is first-hand.` },
        { heading: 'Facts', body: `A reported result (469 teachers rotated) is not a pledge; it is not assessed and shows "${en('no_data')}".` },
        { heading: 'Human verdicts', body: `An editor may record a verdict (${V.partial.en.toLowerCase()}, ${V.revised.en.toLowerCase()}, ${V.dropped.en.toLowerCase()}, ${V.achieved.en.toLowerCase()}, ${V.missed.en.toLowerCase()}) only with a written reason; a verdict without one has no effect. A valid verdict sets the status shown, and the computed status stays visible beside it. "${V.partial.en}" and "${V.dropped.en}" show as ${en('missed').toLowerCase()}; "${V.revised.en}" keeps the computed status, judged against the target as first published.` },
        { heading: 'Corrections and due dates', body: `Updates are never edited: a correction is a new update naming the one it corrects, both stay in the history, and only the correction counts. "Due soon" lists pledges due within ${soon} and ${later} days, and those past their deadline that are neither settled nor reported on.` },
      ],
    },
  }
}

export const METHODOLOGY: Methodology = buildMethodology()
