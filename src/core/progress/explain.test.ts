import { describe, expect, it } from 'vitest'
import { computeStatus } from './status'
import { dateText, explainStatus } from './explain'
import { commitment, update, verdict } from './test-fixtures'

const visitors = commitment()
const sep = () => update({ value: 31_530_000, observedOn: '2024-09-30', periodStart: '2024-01-01' })

describe('explainStatus', () => {
  it('states the 序时 gap in the official wording', () => {
    const r = computeStatus(visitors, [sep()], [], '2024-10-15')
    expect(explainStatus(r, 'zh-CN')).toEqual(['截至2024年9月30日：超序时（完成进度快于时间进度15.2个百分点）'])
    expect(explainStatus(r, 'en')[0]).toMatch(/As of 30 Sep 2024: ahead of pace \(share done 15\.2 points ahead/)
  })

  it('says why a pledge is overdue and keeps the last pace reading', () => {
    const lines = explainStatus(computeStatus(visitors, [sep()], [], '2025-03-01'), 'zh-CN')
    expect(lines[0]).toBe('截止日期已过，尚无全期数字')
    expect(lines[1]).toMatch(/^截至2024年9月30日：超序时/)
  })

  it('shows a verdict with its reason beside the computed status', () => {
    const r = computeStatus(visitors, [sep()], [verdict({ verdict: 'dropped', reason: '2025年报告不再提及' })], '2024-10-15')
    expect(explainStatus(r, 'zh-CN')[0]).toBe('人工结论：已放弃（理由：2025年报告不再提及）；系统计算为“超序时”')
  })

  it('names the conflicting milestone dates', () => {
    const m = commitment({ kind: 'milestone', value: null, unit: null, comparator: null })
    const july = update({ state: 'done', observedOn: '2024-07-20', evidence: { url: 'https://a.example/', quote: null, publisher: null, publishedOn: '2024-07-21' } })
    const dec = update({ state: 'done', observedOn: '2024-12-31' })
    expect(explainStatus(computeStatus(m, [july, dec], [], '2025-01-05'), 'zh-CN')).toEqual(['另有1条报道给出不同日期（2024年12月31日），以2024年7月20日的第一手报道为准'])
  })

  it('gives the share reached for an open-ended target and the point gap for a rate', () => {
    const open = commitment({ value: 50_000_000_000, unit: '元', comparator: '≥', deadline: null })
    expect(explainStatus(computeStatus(open, [update({ value: 2e10, observedOn: '2025-01-31' })], [], '2025-02-01'), 'zh-CN')).toEqual(['完成目标的40%'])
    const growth = commitment({ value: 7, unit: '%', growth: true, comparator: '≥' })
    expect(explainStatus(computeStatus(growth, [update({ value: 6.2, observedOn: '2024-06-30' })], [], '2024-07-20'), 'zh-CN')).toEqual(['截至2024年6月30日：差于目标0.8个百分点'])
  })

  it('says nothing when nothing was reported', () => {
    expect(explainStatus(computeStatus(visitors, [], [], '2024-10-15'), 'en')).toEqual([])
  })
})

describe('dateText', () => {
  it.each([
    ['2024-09-30', 'zh-CN', '2024年9月30日'],
    ['2024-01-05', 'en', '5 Jan 2024'],
    ['2024-12-31', 'en', '31 Dec 2024'],
    ['2024-13-01', 'zh-CN', '2024-13-01'],
    ['2024-09', 'zh-CN', '2024-09'],
  ] as const)('%s in %s → %s', (iso, lang, want) => {
    expect(dateText(iso, lang)).toBe(want)
  })
})
