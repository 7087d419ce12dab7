import { describe, expect, it } from 'vitest'
import { maybeGenericOffice } from './generic-office'
import { extract } from './pipeline'

describe('maybeGenericOffice', () => {
  it.each([
    ['超额完成县政府下达的任务', 3, true],
    ['完成县委部署', 1, true],
    ['房县政府召开会议', 0, false],
    ['在房县新建学校', 1, false],
  ])('%s @%i → %s', (text, at, want) => expect(maybeGenericOffice(text, at, at + 2)).toBe(want))
})

describe('a town report saying 完成县政府 is not a report of that county', () => {
  it('invented: the district stays unknown rather than a county elsewhere', () => {
    const text = '现在,我代表某某镇人民政府向大会作政府工作报告。\n2030年,全镇超额完成县政府下达的任务,全镇财政收入500万元,较去年增长10%。'
    const got = extract(text, { date: '2031-02-20' }).commitments
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.district).not.toBe('成县')
  })
})
