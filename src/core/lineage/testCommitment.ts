// A commitment for tests, with the fields a matcher reads and harmless defaults for the rest.
import type { Commitment } from '../model/types'

export function commitment(fields: Partial<Commitment> & Pick<Commitment, 'id' | 'quote'>): Commitment {
  return {
    sourceId: 'src-a',
    articleId: null,
    kind: 'target',
    start: 0,
    end: fields.quote.length,
    metric: null,
    value: null,
    unit: null,
    comparator: null,
    growth: false,
    deadline: null,
    district: null,
    department: null,
    person: null,
    category: '其他',
    confidence: 0.8,
    extractorVersion: 'test',
    origin: 'extractor',
    reviewedAt: null,
    original: null,
    status: 'no_data',
    createdAt: '2024-01-14T00:00:00.000Z',
    ...fields,
  }
}
