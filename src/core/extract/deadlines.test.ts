import { describe, expect, it } from 'vitest'
import { springFestival } from './calendar'
import { findDeadlines, type DateContext } from './deadlines'

const jan2024: DateContext = { year: 2024, month: 1, day: 14 }
// the most specific (last) expression in the clause, as the pipeline uses it
const first = (clause: string, ctx = jan2024, carried: number | null = null) => findDeadlines(clause, ctx, carried).at(-1)?.deadline ?? null

describe('findDeadlines', () => {
  it.each([
    ['力争2024年接待游客', '2024-12-31', 'year'],
    ['力争全年地区生产总值增长7%', '2024-12-31', 'year'],
    ['今年下半年投产', '2024-12-31', 'half'],
    ['上半年完成', '2024-06-30', 'half'],
    ['确保春节前部分投入运营', '2024-02-10', 'day'],
    ['翠云阁“十一”建成开放', '2024-10-01', 'day'],
    ['国庆前开放', '2024-10-01', 'day'],
    ['十一前建成开放', '2024-10-01', 'day'],
    ['“五一”前完工', '2024-05-01', 'day'],
    ['6月底前完成', '2024-06-30', 'month'],
    ['2月底前完成', '2024-02-29', 'month'],
    ['一季度开工', '2024-03-31', 'month'],
    ['前三季度', '2024-09-30', 'month'],
    ['年底前建成', '2024-12-31', 'year'],
    ['到2025年', '2025-12-31', 'year'],
    ['“十四五”末', '2025-12-31', 'year'],
    ['12月31日前完工', '2024-12-31', 'day'],
  ])('%s → %s (%s)', (clause, date, precision) => {
    expect(first(clause)).toEqual({ date, precision })
  })

  it('does not read a dateline (1月12日), a count (十一个) or a look-back (2022年以来) as a deadline', () => {
    expect(first('1月12日,新年伊始')).toBeNull()
    expect(first('建成十一个项目')).toBeNull()
    expect(first('自2022年以来')).toBeNull()
  })

  // a plain month or day counts when the clause schedules something for it
  it.each([
    ['预计2023年12月完工建成', { year: 2022, month: 9, day: 13 }, '2023-12-31', 'month'],
    ['预计2024年一月份完工', { year: 2022, month: 9, day: 13 }, '2024-01-31', 'month'],
    ['该项目将于今年10月完工', { year: 2022, month: 9, day: 13 }, '2022-10-31', 'month'],
    ['教学楼预计8月30日可以交付使用', { year: 2017, month: 7, day: 20 }, '2017-08-30', 'day'],
    ['已于今年5月开工', { year: 2022, month: 9, day: 13 }, '2022-05-31', 'month'],
    ['项目于7月22日开工建设', { year: 2024, month: 12, day: 25 }, '2024-07-22', 'day'],
    ['今年国庆中秋假期', { year: 2025, month: 10, day: 29 }, '2025-10-01', 'day'],
  ])('%s → %s', (clause, ctx, date, precision) => {
    expect(first(clause, ctx)).toEqual({ date, precision })
  })

  it('keeps 今年 on the source year whatever year an earlier clause named', () => {
    expect(first('该项目将于今年10月完工', { year: 2022, month: 9, day: 13 }, 2021)).toEqual({ date: '2022-10-31', precision: 'month' })
  })

  it('moves a festival that has passed to next year', () => {
    expect(first('春节前', { year: 2024, month: 3, day: 1 })).toEqual({ date: '2025-01-29', precision: 'day' })
  })

  it('uses the year carried from an earlier clause', () => {
    expect(first('年度投资450亿元', jan2024, 2025)).toEqual({ date: '2025-12-31', precision: 'year' })
  })

  it('resolves 明日 against the source date', () => {
    expect(first('该市明日将再签3个合约', { year: 2011, month: 3, day: 28 })).toEqual({ date: '2011-03-29', precision: 'day' })
  })

  it('needs a source date for relative words', () => {
    expect(first('今年下半年投产', { year: null, month: 1, day: 1 })).toBeNull()
  })
})

describe('springFestival', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [1950, '1950-02-17'],
    [2100, '2100-02-09'],
  ])('%d → %s', (y, d) => expect(springFestival(y)).toBe(d))
  it('is null outside the table', () => expect(springFestival(1900)).toBeNull())
})
