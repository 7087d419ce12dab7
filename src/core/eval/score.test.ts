import { describe, expect, it } from 'vitest'
import type { GoldItem } from './gold'
import { combineScores, metricsMatch, scoreSource, valuesEqual, type Predicted } from './score'
import { allPass, checkBars } from './bars'

const TEXT = '力争2024年接待游客超过3500万人次,旅游综合收入超过250亿元。已建成学校39所。翠云阁“十一”建成开放。'

function at(quote: string): { quote: string; start: number; end: number } {
  const start = TEXT.indexOf(quote)
  if (start < 0) throw new Error(`not in TEXT: ${quote}`)
  return { quote, start, end: start + quote.length }
}

const Y2024 = { date: '2024-12-31', precision: 'year' as const }
const base = {
  comparator: null,
  growth: false,
  deadline: null,
  district: '老城区',
  department: '老城区委',
  person: '赵书政',
}

const GOLD: GoldItem[] = [
  { ...base, ...at('力争2024年接待游客超过3500万人次'), kind: 'target', metric: '接待游客', value: 35e6, unit: '人次', comparator: '>', deadline: Y2024 },
  { ...base, ...at('旅游综合收入超过250亿元'), kind: 'target', metric: '旅游综合收入', value: 25e9, unit: '元', comparator: '>', deadline: Y2024 },
  { ...base, ...at('已建成学校39所'), kind: 'fact', metric: '学校', value: 39, unit: '所', comparator: '=' },
  { ...base, ...at('翠云阁“十一”建成开放'), kind: 'milestone', metric: '翠云阁建成开放', value: null, unit: null, deadline: { date: '2024-10-01', precision: 'day' } },
]

/** A prediction identical to a gold item, minus the annotation-only fields. */
function echo(g: GoldItem): Predicted {
  const { doubt: _d, note: _n, ...rest } = g
  return rest
}

describe('valuesEqual', () => {
  it.each([
    [35e6, 35e6, true],
    [25e9, 25e9 * (1 + 1e-7), true],
    [25e9, 25e9 * (1 + 1e-5), false],
    [0, 0, true],
    [null, null, true],
    [null, 0, false],
    [7, 0.07, false],
  ])('%s vs %s → %s', (a, b, want) => expect(valuesEqual(a, b)).toBe(want))
})

describe('metricsMatch', () => {
  it.each([
    ['接待游客', '接待游客人次', true],
    ['“三大改造”项目实施数量', '三大改造项目', true],
    ['17条产业链营收', '产业链营业收入', true],
    ['地区生产总值增长', '地区生产总值', true],
    ['接待游客', '旅游综合收入', false],
    ['交流轮岗教职工', '名校长', false],
    [null, null, true],
    ['接待游客', null, false],
    ['國內生產總值增長', '国内生产总值增长', true],
    ['簽約項目', '签约项目数量', true],
  ])('%s ~ %s → %s', (a, b, want) => expect(metricsMatch(a, b)).toBe(want))
})

describe('scoreSource', () => {
  it('scores the gold against itself as perfect and passes every bar', () => {
    const s = scoreSource(GOLD, GOLD.map(echo))
    expect(s.kinds['target+milestone']).toMatchObject({ gold: 3, predicted: 3, hits: 3, recall: 1, precision: 1 })
    expect(s.kinds.fact).toMatchObject({ recall: 1, precision: 1 })
    expect(s.misses).toEqual([])
    expect(s.falsePositives).toEqual([])
    for (const f of Object.values(s.fields)) expect(f.rate).toBe(1)
    expect(allPass(checkBars(s))).toBe(true)
  })

  it('a wrong value is a miss and a false positive, never a match', () => {
    const preds = GOLD.map(echo)
    preds[0] = { ...preds[0], value: 3500 }
    const s = scoreSource(GOLD, preds)
    expect(s.misses.map((g) => g.metric)).toEqual(['接待游客'])
    expect(s.falsePositives).toHaveLength(1)
    expect(s.kinds.target).toMatchObject({ gold: 2, hits: 1, recall: 0.5, precision: 0.5 })
    expect(checkBars(s).find((b) => b.id === 'tm.recall')?.pass).toBe(false)
  })

  it('a missing item lowers recall only', () => {
    const s = scoreSource(GOLD, GOLD.map(echo).slice(1))
    expect(s.kinds['target+milestone']).toMatchObject({ gold: 3, hits: 2, precision: 1 })
    expect(s.kinds['target+milestone'].recall).toBeCloseTo(2 / 3)
    expect(s.misses).toHaveLength(1)
    expect(allPass(checkBars(s))).toBe(false)
  })

  it('an extra item lowers precision only', () => {
    const extra: Predicted = { ...echo(GOLD[2]), kind: 'target', quote: '2024', start: 2, end: 6, value: 2024, unit: null }
    const s = scoreSource(GOLD, [...GOLD.map(echo), extra])
    expect(s.kinds['target+milestone']).toMatchObject({ recall: 1, predicted: 4, hits: 3, precision: 0.75 })
    expect(s.falsePositives).toEqual([extra])
    expect(checkBars(s).find((b) => b.id === 'tm.precision')?.pass).toBe(false)
  })

  it('items matching a doubt gold item count neither for nor against', () => {
    const doubtful: GoldItem = { ...GOLD[2], doubt: 'project attribute' }
    const gold = [GOLD[0], doubtful]
    const found = scoreSource(gold, [echo(GOLD[0]), echo(doubtful)])
    const notFound = scoreSource(gold, [echo(GOLD[0])])
    for (const s of [found, notFound]) {
      expect(s.kinds.fact).toMatchObject({ gold: 0, predicted: 0, hits: 0, recall: null })
      expect(s.misses).toEqual([])
      expect(s.falsePositives).toEqual([])
      expect(s.fields.value.total).toBe(1)
    }
    expect(found.ignored).toHaveLength(1)
  })

  it('a matched item of the wrong kind is neither a hit for the gold kind nor for the predicted one', () => {
    const preds = GOLD.map(echo)
    preds[3] = { ...preds[3], kind: 'qualitative' }
    const s = scoreSource(GOLD, preds)
    expect(s.kinds.milestone).toMatchObject({ gold: 1, predicted: 0, hits: 0 })
    expect(s.kinds.qualitative).toMatchObject({ gold: 0, predicted: 1, hits: 0, precision: 0 })
    expect(s.matched).toHaveLength(4)
  })

  it('pairs one-to-one, preferring the largest overlap', () => {
    // One prediction spanning both clauses with the first clause's value: it pairs with the first
    // gold item only, and the second stays a miss.
    const wide: Predicted = { ...echo(GOLD[0]), ...at('力争2024年接待游客超过3500万人次,旅游综合收入超过250亿元') }
    const s = scoreSource(GOLD.slice(0, 2), [wide, { ...wide }])
    expect(s.matched).toHaveLength(1)
    expect(s.misses.map((g) => g.metric)).toEqual(['旅游综合收入'])
    expect(s.falsePositives).toHaveLength(1)
  })

  it('same span, two values: each prediction goes to the gold item with its value', () => {
    const quote = at('已建成学校39所')
    const gold: GoldItem[] = [
      { ...GOLD[2], ...quote, metric: 'a', value: 39 },
      { ...GOLD[2], ...quote, metric: 'b', value: 110 },
    ]
    const s = scoreSource(gold, [echo(gold[1]), echo(gold[0])])
    expect(s.matched.map((m) => [m.gold.metric, m.predicted.metric])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ])
  })

  it('reports wrong fields on matched items', () => {
    const preds = GOLD.map(echo)
    preds[1] = { ...preds[1], deadline: { date: '2024-12-31', precision: 'half' }, district: '洛阳市', unit: '亿元' }
    const s = scoreSource(GOLD, preds)
    expect(s.matched.find((m) => m.gold === GOLD[1])?.wrong).toEqual(['unit', 'deadline', 'district'])
    expect(s.fields.deadline).toMatchObject({ correct: 3, total: 4, rate: 0.75 })
    expect(s.fields.deadlineDate.rate).toBe(1)
    const bars = checkBars(s)
    expect(bars.filter((b) => !b.pass).map((b) => b.id)).toEqual(['unit', 'deadline', 'district'])
  })

  it('owners compare across scripts, not across places', () => {
    const preds = GOLD.map(echo)
    preds[0] = { ...preds[0], district: '老城區', person: '趙書政' }
    preds[1] = { ...preds[1], district: '西工区' }
    const s = scoreSource(GOLD, preds)
    expect(s.matched.find((m) => m.gold === GOLD[0])?.wrong).toEqual([])
    expect(s.matched.find((m) => m.gold === GOLD[1])?.wrong).toEqual(['district'])
  })

  it('a gold value of null accepts any predicted value but the value field is then wrong', () => {
    const preds = GOLD.map(echo)
    preds[3] = { ...preds[3], value: 11, unit: '个' }
    const s = scoreSource(GOLD, preds)
    expect(s.matched).toHaveLength(4)
    expect(s.fields.value.correct).toBe(3)
    expect(checkBars(s).find((b) => b.id === 'value')?.pass).toBe(false)
  })

  it('with no gold pledge, any predicted pledge fails the precision bar', () => {
    const facts = [GOLD[2]]
    const s = scoreSource(facts, [echo(facts[0]), echo(GOLD[0])])
    expect(checkBars(s).find((b) => b.id === 'tm.precision')).toMatchObject({ value: 0, pass: false })
    expect(checkBars(scoreSource(facts, [echo(facts[0])])).every((b) => b.pass)).toBe(true)
  })
})

describe('combineScores', () => {
  it('sums counts before dividing', () => {
    const a = scoreSource(GOLD, GOLD.map(echo))
    const b = scoreSource(GOLD, [])
    const all = combineScores([a, b])
    expect(all.kinds['target+milestone']).toMatchObject({ gold: 6, hits: 3, predicted: 3, recall: 0.5, precision: 1 })
    expect(all.misses).toHaveLength(4)
    expect(all.fields.value.total).toBe(4)
  })
})
