// A small valid pack for tests across core and db: one source, one article, three commitments,
// one update, one verdict. Built through packFromExtraction so it exercises the real id scheme.
import type { DataPack, ExtractedCommitment, ExtractedSource } from '../model/types'
import { packFromExtraction } from './fromExtraction'

export const TEST_TEXT =
  '一把手访谈\n——访老城区委书记赵书政\n力争2024年接待游客超过3500万人次,旅游综合收入超过250亿元。' +
  '翠云阁“十一”建成开放。\n市工业和信息化局:2024年实施超千万元工业项目700个。'

function at(quote: string, fields: Partial<ExtractedCommitment>): ExtractedCommitment {
  const start = TEST_TEXT.indexOf(quote)
  if (start < 0) throw new Error(`test quote not in text: ${quote}`)
  return {
    kind: 'target',
    quote,
    start,
    end: start + quote.length,
    metric: null,
    value: null,
    unit: null,
    comparator: null,
    growth: false,
    deadline: null,
    district: null,
    department: null,
    person: null,
    category: '文旅',
    confidence: 0.9,
    ...fields,
  }
}

export function testExtraction(): ExtractedSource {
  return {
    file: 'test.txt',
    date: '2024-01-14',
    length: TEST_TEXT.length,
    articles: [{ title: '一把手访谈', start: 0, end: TEST_TEXT.length, district: '老城区' }],
    commitments: [
      at('力争2024年接待游客超过3500万人次', {
        metric: '接待游客', value: 35_000_000, unit: '人次', comparator: '>',
        deadline: { date: '2024-12-31', precision: 'year' }, district: '老城区', department: '老城区委', person: '赵书政',
      }),
      at('翠云阁“十一”建成开放', {
        kind: 'milestone', metric: '翠云阁建成开放', deadline: { date: '2024-10-01', precision: 'day' },
        district: '老城区', department: '老城区委',
      }),
      at('2024年实施超千万元工业项目700个', {
        metric: '工业项目', value: 700, unit: '个', comparator: '>', category: '工业',
        deadline: { date: '2025-12-31', precision: 'year' }, district: '洛阳市', department: '市工业和信息化局',
      }),
    ],
  }
}

export const TEST_NOW = '2024-01-14T00:00:00.000Z'

export function testPack(): DataPack {
  const pack = packFromExtraction(
    TEST_TEXT,
    { title: '测试版面', publisher: '洛阳日报', publishedOn: '2024-01-14', url: null, page: null },
    testExtraction(),
    TEST_NOW,
    'test-1',
  )
  const target = pack.commitments[0]
  pack.updates.push({
    id: 'upd-test-1',
    commitmentId: target.id,
    observedOn: '2024-09-30',
    periodStart: '2024-01-01',
    value: 31_530_000,
    unit: '人次',
    comparator: null,
    state: null,
    evidence: { url: 'http://www.gzyes.com/post/3882.html', quote: '接待游客3153万人次', publisher: '人民日报', publishedOn: null },
    enteredBy: 'seed',
    enteredAt: '2025-06-01T00:00:00.000Z',
    supersedes: null,
    note: null,
    origin: 'person',
  })
  pack.verdicts.push({
    id: 'vrd-test-1',
    commitmentId: pack.commitments[1].id,
    verdict: 'revised',
    reason: '开放日期推迟到2025年',
    enteredBy: 'tester',
    enteredAt: '2025-01-02T00:00:00.000Z',
  })
  return pack
}
