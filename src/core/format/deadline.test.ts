import { describe, expect, it } from 'vitest'
import { formatDate, formatDeadline } from './deadline'
import type { Deadline } from '../model/types'

describe('formatDeadline', () => {
  it.each<[Deadline | null, string, string]>([
    [{ date: '2024-12-31', precision: 'year' }, '2024年底', 'end of 2024'],
    [{ date: '2024-12-31', precision: 'half' }, '2024年下半年', 'H2 2024'],
    [{ date: '2024-06-30', precision: 'half' }, '2024年上半年', 'H1 2024'],
    [{ date: '2024-03-31', precision: 'month' }, '2024年3月底', 'end of Mar 2024'],
    [{ date: '2024-02-10', precision: 'day' }, '2024年2月10日', '10 Feb 2024'],
    [{ date: '2024-10-01', precision: 'day' }, '2024年10月1日', '1 Oct 2024'],
    [null, '', ''],
  ])('%j', (dl, zh, en) => {
    expect(formatDeadline(dl, 'zh-CN')).toBe(zh)
    expect(formatDeadline(dl, 'en')).toBe(en)
  })
})

describe('formatDate', () => {
  it.each([
    ['2024-01-13', '2024年1月13日', '13 Jan 2024'],
    ['2024-01-13T08:00:00Z', '2024年1月13日', '13 Jan 2024'],
    ['not a date', 'not a date', 'not a date'],
    [null, '', ''],
  ])('%s', (iso, zh, en) => {
    expect(formatDate(iso, 'zh-CN')).toBe(zh)
    expect(formatDate(iso, 'en')).toBe(en)
  })
})
