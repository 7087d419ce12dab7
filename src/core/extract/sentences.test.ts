// Kind, deadline and owner rules that span clauses, sentences and paragraphs (through the whole pipeline).
import { describe, expect, it } from 'vitest'
import { extract } from './index'

const pick = (text: string, date: string) =>
  extract(text, { date }).commitments.map((c) => ({ kind: c.kind, value: c.value, deadline: c.deadline?.date ?? null }))

describe('sentence rules', () => {
  it.each([
    // a growth rate before the level it reached is a figure of its own
    ['全县地区生产总值增长12.6%达92.9亿元。', '2022-01-24', [{ kind: 'fact', value: 12.6, deadline: null }, { kind: 'fact', value: 9.29e9, deadline: null }]],
    // 面对新的一年: the bare figures that follow are this year's targets
    ['面对新的一年,报告中指出,地区生产总值增长9%,固定资产投资增长11%。', '2019-01-29', [{ kind: 'target', value: 9, deadline: '2019-12-31' }, { kind: 'target', value: 11, deadline: '2019-12-31' }]],
    // a bare list sentence continues the paragraph's pledges for a named year
    ['2020年,全区将力争实现一般公共预算收入21.7亿元。研发经费支出占GDP比重达到2.01%。', '2020-01-03', [{ kind: 'target', value: 2.17e9, deadline: '2020-12-31' }, { kind: 'target', value: 2.01, deadline: '2020-12-31' }]],
    // a year named later in the sentence dates the rate before it
    ['今后五年,力争GDP年均增长约10.5%,到2025年达到1000亿元。', '2021-11-17', [{ kind: 'target', value: 10.5, deadline: '2025-12-31' }, { kind: 'target', value: 1e11, deadline: '2025-12-31' }]],
    // a sentence opening on a day already reached reports an event
    ['3月30日,该县举办2021年度春季重大项目集中动工活动,23个重大项目集中动工,总投资64.45亿元。', '2021-03-30', [{ kind: 'fact', value: 23, deadline: null }, { kind: 'fact', value: 6.445e9, deadline: null }]],
    // a festival already past this year dates a report
    ['今年国庆中秋假期,古城日接待游客量约30万人次。', '2025-10-29', [{ kind: 'fact', value: 300000, deadline: null }]],
    // 元旦 and 明天 date a milestone (the clause scan looks for 旦, not the 元 of every 万元)
    ['该项目确保元旦前建成投用。', '2024-12-10', [{ kind: 'milestone', value: null, deadline: '2025-01-01' }]],
    ['力争明天完成全部搬迁。', '2024-12-10', [{ kind: 'milestone', value: null, deadline: '2024-12-11' }]],
    // 计划总投资 sizes projects under way
    ['引进项目252宗,计划总投资1598.77亿元。', '2021-11-17', [{ kind: 'fact', value: 252, deadline: null }, { kind: 'fact', value: 159877000000, deadline: null }]],
  ])('%s', (text, date, expected) => expect(pick(text, date)).toEqual(expected))

  it('gives scheduled completions as milestones and dated results as facts, even after a past clause', () => {
    const r = pick('经了解,公园已于今年5月开工,将于2023年6月完工。', '2022-09-13')
    expect(r).toEqual([
      { kind: 'fact', value: null, deadline: null },
      { kind: 'milestone', value: null, deadline: '2023-06-30' },
    ])
  })

  it('lets a paragraph label (X区:) own the paragraph', () => {
    const text = '武汉市公园建设答复\n\n汉阳区:莲花公园预计2023年12月完工建成。\n\n洪山区:经了解,北洋桥公园预计2024年一月份完工。\n\n东湖新技术开发区管委会:该项目将于今年10月完工。\n'
    const r = extract(text, { date: '2022-09-13' }).commitments
    expect(r.map((c) => [c.kind, c.district])).toEqual([
      ['milestone', '汉阳区'],
      ['milestone', '洪山区'],
      ['milestone', '东湖新技术开发区'],
    ])
  })
})
