import { describe, expect, it } from 'vitest'
import type { Commitment, Status } from '@/core/model/types'
import { badgeCount, groupDue, windowEnd } from './dueGroups'

const c = (id: string, date: string | null, status: Status = 'no_data', kind: Commitment['kind'] = 'target'): Commitment => ({
  id, sourceId: 's', articleId: null, kind, quote: id, start: 0, end: 1, metric: null, value: 1, unit: '个', comparator: null,
  growth: false, deadline: date ? { date, precision: 'day' } : null, district: null, department: null, person: null,
  category: 'x', confidence: 1, extractorVersion: 't', origin: 'extractor', reviewedAt: null, original: null, status, createdAt: '2024-01-01',
})

describe('groupDue', () => {
  const today = '2024-06-01'
  it('puts each open commitment in one window by its deadline', () => {
    const g = groupDue([c('past', '2024-05-31'), c('today', '2024-06-01'), c('d30', '2024-07-01'), c('d31', '2024-07-02'), c('d90', '2024-08-30'), c('far', '2024-08-31'), c('none', null)], today)
    expect(g.overdue.map((r) => r.c.id)).toEqual(['past'])
    expect(g.due30.map((r) => r.c.id)).toEqual(['today', 'd30'])
    expect(g.due90.map((r) => r.c.id)).toEqual(['d31', 'd90'])
  })

  it('leaves out settled commitments and facts, keeps 未评估 overdue ones to chase', () => {
    const g = groupDue([c('a', '2024-05-01', 'achieved'), c('m', '2024-05-01', 'missed'), c('f', '2024-05-01', 'no_data', 'fact'), c('n', '2024-05-01', 'no_data')], today)
    expect(g.overdue.map((r) => r.c.id)).toEqual(['n'])
  })

  it('orders by urgency and counts overdue plus 30-day items for the badge', () => {
    const g = groupDue([c('b', '2024-06-20'), c('a', '2024-06-05'), c('o1', '2024-01-01'), c('o2', '2024-05-20')], today)
    expect(g.due30.map((r) => [r.c.id, r.days])).toEqual([['a', 4], ['b', 19]])
    expect(g.overdue.map((r) => r.c.id)).toEqual(['o2', 'o1'])
    expect(badgeCount(g)).toBe(4)
  })
})

describe('windowEnd', () => {
  it('is the last day of the window, across month and year ends and a leap day', () => {
    expect(windowEnd('2024-06-01', 90)).toBe('2024-08-30')
    expect(windowEnd('2024-11-15', 90)).toBe('2025-02-13')
    expect(windowEnd('2024-02-28', 1)).toBe('2024-02-29')
    expect(windowEnd('2024-06-01', 0)).toBe('2024-06-01')
  })
})
