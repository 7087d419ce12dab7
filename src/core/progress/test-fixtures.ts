// Builders for hand-made commitments and updates in the progress engine's tests.
import type { Commitment, Update, Verdict } from '../model/types'

export function commitment(over: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c1',
    sourceId: 's1',
    articleId: null,
    kind: 'target',
    quote: '力争2024年接待游客超过3500万人次',
    start: 0,
    end: 0,
    metric: '接待游客',
    value: 35_000_000,
    unit: '人次',
    comparator: '>',
    growth: false,
    deadline: { date: '2024-12-31', precision: 'year' },
    district: '老城区',
    department: null,
    person: null,
    category: '文旅',
    confidence: 1,
    extractorVersion: 'test',
    origin: 'person',
    reviewedAt: null,
    original: null,
    status: 'no_data',
    createdAt: '2024-01-14T00:00:00.000Z',
    ...over,
  }
}

let counter = 0
export function update(over: Partial<Update> = {}): Update {
  counter += 1
  return {
    id: `u${counter}`,
    commitmentId: 'c1',
    observedOn: '2024-09-30',
    periodStart: null,
    value: null,
    unit: null,
    comparator: null,
    state: null,
    evidence: { url: 'https://example.org/a', quote: null, publisher: null, publishedOn: null },
    enteredBy: 'test',
    enteredAt: `2024-12-01T00:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    supersedes: null,
    note: null,
    origin: 'person',
    ...over,
  }
}

export function verdict(over: Partial<Verdict> = {}): Verdict {
  return {
    id: 'v1',
    commitmentId: 'c1',
    verdict: 'partial',
    reason: '年报显示只完成了部分',
    enteredBy: 'test',
    enteredAt: '2025-03-01T00:00:00.000Z',
    ...over,
  }
}
