// Properties the table tests cannot cover one by one: the engine never throws on odd records, and
// a bigger figure never makes a "more is better" target look worse (nor a ceiling look better).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { COMPARATORS, STATUSES, type Status } from '../model/types'
import { computeStatus } from './status'
import { fromDayNumber, dayNumber } from './dates'
import { commitment, update } from './test-fixtures'

const day = fc.integer({ min: dayNumber('2023-06-01'), max: dayNumber('2025-06-30') }).map(fromDayNumber)
const RANK: Partial<Record<Status, number>> = { missed: 0, behind: 1, on_pace: 2, ahead: 3, achieved_early: 4 }

describe('computeStatus properties', () => {
  it('always returns a known status for arbitrary records', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('target', 'milestone', 'qualitative', 'fact' as const),
        fc.option(fc.double({ noNaN: false })),
        fc.option(fc.constantFrom('人次', '元', '%', '万人次', '亿元', '微克/立方米', '个百分点')),
        fc.option(fc.constantFrom(...COMPARATORS)),
        fc.option(day),
        fc.array(fc.record({ observedOn: day, value: fc.option(fc.double()), state: fc.option(fc.constantFrom('not_started', 'under_way', 'done' as const)), periodStart: fc.option(day) }), { maxLength: 5 }),
        day,
        (kind, value, unit, comparator, deadline, ups, today) => {
          const c = commitment({ kind, value, unit, comparator, deadline: deadline ? { date: deadline, precision: 'day' } : null })
          const r = computeStatus(c, ups.map((u) => update(u)), [], today)
          expect(STATUSES).toContain(r.status)
          if (r.ratio !== null) expect(Number.isNaN(r.ratio)).toBe(false)
        },
      ),
    )
  })

  it('a larger figure before the deadline never ranks worse; for a ceiling never better', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2024-12-30') }).map(fromDayNumber),
        fc.constantFrom('≥', '>', '≤', '<' as const),
        (a, b, observedOn, comparator) => {
          const c = commitment({ value: 1000, unit: '个', comparator })
          const rank = (v: number) => RANK[computeStatus(c, [update({ value: v, observedOn })], [], observedOn).computed]!
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          if (comparator === '≥' || comparator === '>') expect(rank(hi)).toBeGreaterThanOrEqual(rank(lo))
          else expect(rank(hi)).toBeLessThanOrEqual(rank(lo))
        },
      ),
    )
  })
})
