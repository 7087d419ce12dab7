import { describe, expect, it } from 'vitest'
import { dueBucket, daysToDeadline } from './due'
import { commitment } from './test-fixtures'

const dueOn = (date: string) => commitment({ deadline: { date, precision: 'day' } })

describe('dueBucket', () => {
  it.each([
    ['2024-10-01', '2024-10-01', 'on_pace', 'due30'], // the deadline day itself is due, not overdue
    ['2024-10-31', '2024-10-01', 'on_pace', 'due30'], // 30 days
    ['2024-11-01', '2024-10-01', 'behind', 'due90'], // 31 days
    ['2024-12-30', '2024-10-01', 'not_yet', 'due90'], // 90 days
    ['2024-12-31', '2024-10-01', 'not_yet', null], // 91 days
    ['2024-09-30', '2024-10-01', 'not_yet', 'overdue'],
    ['2024-09-30', '2024-10-01', 'no_data', 'overdue'], // nothing reported is worth chasing
    ['2024-09-30', '2024-10-01', 'done', null],
    ['2024-09-30', '2024-10-01', 'missed', null],
    ['2024-10-20', '2024-10-01', 'achieved_early', null],
  ] as const)('deadline %s, today %s, %s → %s', (deadline, today, status, bucket) => {
    expect(dueBucket(dueOn(deadline), status, today)).toBe(bucket)
  })

  it('never lists facts or pledges without a deadline', () => {
    expect(dueBucket(commitment({ kind: 'fact', deadline: { date: '2024-01-01', precision: 'day' } }), 'no_data', '2024-10-01')).toBeNull()
    expect(dueBucket(commitment({ deadline: null }), 'not_yet', '2024-10-01')).toBeNull()
    expect(daysToDeadline(commitment({ deadline: null }), '2024-10-01')).toBeNull()
  })
})
