import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'
import { progressRows } from './progress-table'

// invented: a county's progress table flattened into lines, the year only in its title
const TABLE = [
  '《2031年县政府工作报告目标任务前三季度推进情况汇总表》',
  '序号 目标任务 责任单位 前三季度推进情况',
  '一、主要预期目标',
  '1 地区生产总值增长7%以上。 县发展改革委 地区生产总值同比增长4.1%。',
  '2 粮食产量稳定在20万吨。 县农业农村局',
  '县供销社',
  '粮食产量预计达到18万吨。',
  '二、重点工作',
  '3 启动建设县城污水处理厂二期工程。 县住房城乡建设委 污水处理厂二期已完成前期手续,正在开展招标工作。',
].join('\n')

describe('progressRows', () => {
  it('reads the title year and each row’s cells', () => {
    const t = progressRows(TABLE)!
    expect(t.year).toBe(2031)
    expect(t.rows.map((r) => r.body)).toEqual(['县发展改革委', '县农业农村局', '县住房城乡建设委'])
    expect(TABLE.slice(t.rows[1].progressStart, t.rows[1].end)).toBe('粮食产量预计达到18万吨。')
  })

  it('finds no table in running text', () => {
    expect(progressRows('2031年目标任务:地区生产总值增长7%。')).toBeNull()
  })
})

describe('a progress table: target cells are targets of the title year, progress cells facts', () => {
  const got = extract(TABLE, { date: '2031-10-15' }).commitments
  it.each([
    ['地区生产总值增长7%以上', 'target', '2031-12-31', '县发展改革委'],
    ['地区生产总值同比增长4.1%', 'fact', null, '县发展改革委'],
    ['粮食产量稳定在20万吨', 'target', '2031-12-31', '县农业农村局'],
  ])('%s → %s', (quote, kind, date, department) => {
    const c = got.find((x) => x.quote.includes(quote))
    expect(c).toBeDefined()
    expect(c!.kind).toBe(kind)
    expect(c!.deadline?.date ?? null).toBe(date)
    expect(c!.department).toBe(department)
  })

  it('the progress narrative is no pledge', () => {
    expect(got.filter((c) => c.kind === 'qualitative' && c.quote.includes('招标'))).toEqual([])
  })
})
