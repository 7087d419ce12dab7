// The whole pipeline: contract shape on the seed page, and robustness (fast-check): any string,
// random Unicode, cut or shuffled seed text → valid offsets, quote === text.slice, no exception.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KINDS, type ExtractedSource } from '../model/types'
import { EXTRACTOR_VERSION, extract } from './index'

const seed = readFileSync(new URL('../../../test/fixtures/seed.txt', import.meta.url), 'utf8').replace(/^\uFEFF/, '')

function checkValid(text: string, r: ExtractedSource): void {
  expect(r.length).toBe(text.length)
  for (const c of r.commitments) {
    expect(c.start).toBeGreaterThanOrEqual(0)
    expect(c.end).toBeLessThanOrEqual(text.length)
    expect(c.start).toBeLessThanOrEqual(c.end)
    expect(c.quote).toBe(text.slice(c.start, c.end))
    expect(KINDS).toContain(c.kind)
    expect(c.confidence).toBeGreaterThanOrEqual(0)
    expect(c.confidence).toBeLessThanOrEqual(1)
    if (c.article !== null && c.article !== undefined) expect(c.article).toBeLessThan(r.articles.length)
  }
  for (const a of r.articles) {
    expect(a.start).toBeGreaterThanOrEqual(0)
    expect(a.end).toBeLessThanOrEqual(text.length)
  }
}

describe('extract on the seed page', () => {
  const r = extract(seed, { date: '2024-01-14', file: 'seed.txt' })

  it('has a version and keeps the contract fields', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(r.file).toBe('seed.txt')
    expect(r.date).toBe('2024-01-14')
    checkValid(seed, r)
  })

  it('reports the column-broken quote as an original slice', () => {
    const c = r.commitments.find((x) => x.quote.startsWith('创建国'))
    expect(c?.quote).toBe('创建国\n\n家级非遗特色街区')
  })

  it('reads the pledges of the interview with their owners', () => {
    const visitors = r.commitments.find((x) => x.value === 35_000_000)
    expect(visitors).toMatchObject({ kind: 'target', unit: '人次', comparator: '>', district: '老城区', person: '赵书政' })
    expect(visitors?.deadline).toEqual({ date: '2024-12-31', precision: 'year' })
    const spring = r.commitments.find((x) => x.quote.includes('春节前'))
    expect(spring).toMatchObject({ kind: 'milestone', deadline: { date: '2024-02-10', precision: 'day' } })
  })

  it('sets article indexes', () => {
    expect(r.commitments.every((c) => typeof c.article === 'number')).toBe(true)
  })

  it('infers no date when the page names none', () => {
    expect(extract(seed).date).toBeNull()
  })
})

describe('extract on other places and scripts', () => {
  it('gives 全省 in a provincial report the province', () => {
    const text = '湖北省政府工作报告\n\n今年全省经济社会发展的主要预期目标是:全省地区生产总值增长6%左右,城镇新增就业70万人以上。武汉市、襄阳市要发挥引领作用。'
    const r = extract(text, { date: '2024-01-20' })
    expect(r.commitments.map((c) => [c.kind, c.value, c.district])).toEqual([
      ['target', 6, '湖北省'],
      ['target', 700_000, '湖北省'],
    ])
  })

  it('reads traditional script, keeps titles as written and owners canonical', () => {
    const text = '新鄉市政府工作報告\n\n今年全市經濟社會發展的主要預期目標是:地區生產總值增長6%左右,城鎮新增就業8萬人以上。'
    const r = extract(text, { date: '2024-01-20' })
    expect(r.articles[0].title).toBe('新鄉市政府工作報告')
    expect(r.commitments[1]).toMatchObject({ kind: 'target', value: 80_000, unit: '人', comparator: '≥', district: '新乡市', quote: '城鎮新增就業8萬人以上' })
  })

  it('treats results of a finished year as facts and 年底前 as a pledge', () => {
    const text = '2023年,全市地区生产总值完成5480亿元,增长4.2%。年底前建成5G基站1000个。'
    const r = extract(text, { date: '2024-02-01' })
    expect(r.commitments.map((c) => [c.kind, c.value, c.growth, c.deadline?.date ?? null])).toEqual([
      ['fact', 548_000_000_000, false, null],
      ['fact', 4.2, true, null],
      ['target', 1000, false, '2024-12-31'],
    ])
  })
})

describe('extract never throws and keeps offsets valid', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkValid(s, extract(s, { date: '2024-01-14' }))),
      { numRuns: 300 },
    )
  })

  it('on cut seed text', () => {
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(2000), (a, len) => {
        const s = seed.slice(a, a + len)
        checkValid(s, extract(s, { date: '2024-01-14' }))
      }),
      { numRuns: 150 },
    )
  })

  it('on shuffled seed lines and characters', () => {
    const lines = seed.split('\n')
    fc.assert(
      fc.property(fc.shuffledSubarray(lines), fc.array(fc.constantFrom(...seed.slice(0, 600)), { maxLength: 300 }), (ls, chars) => {
        const s = ls.join('\n') + chars.join('')
        checkValid(s, extract(s, { date: null }))
      }),
      { numRuns: 60 },
    )
  })

  it('on odd inputs', () => {
    for (const s of ['', '\n\n\n', '\uFEFF', '\uD800', '10 亿元', '。。。,,,', '力争'.repeat(1000), '1'.repeat(5000)]) {
      checkValid(s, extract(s, { date: 'not-a-date' }))
    }
    // a non-string from untyped callers
    expect(() => extract(undefined as unknown as string)).not.toThrow()
  })
})

describe('extract stays linear on pathological input', () => {
  // A quadratic scan would take minutes here and hit the test's timeout; speed itself is measured
  // by npm run bench:extract, not asserted.
  it('handles one huge clause full of figures and quotes', () => {
    const text = '“三大”项目增长5%、新增就业12万人、'.repeat(20_000)
    const r = extract(text, { date: '2024-01-14' })
    expect(r.commitments.length).toBeGreaterThan(1000)
    checkValid(text, r)
  })
})

describe('extract: sections, plan years and listed deliverables', () => {
  const digest = [
    '重庆区县这么干',
    '',
    '本报特摘编部分区县政府工作报告。',
    '',
    '渝中',
    '',
    '2020年目标:地区生产总值增长5%,社会消费品零售总额增长10%左右。',
    '',
    '完工曾家岩大桥、红岩村大桥;推动解放碑步行街环境品质提升。',
    '',
    '沙坪坝',
    '',
    '2020年目标:地区生产总值增长5%左右,工业增加值增长6%左右。',
  ].join('\n')

  it('gives each section heading district its figures and its government', () => {
    const r = extract(digest, { date: '2020-01-07' })
    const owners = r.commitments.filter((c) => c.kind === 'target').map((c) => [c.quote, c.district, c.department])
    expect(owners).toEqual([
      ['地区生产总值增长5%', '渝中区', '渝中区人民政府'],
      ['社会消费品零售总额增长10%左右', '渝中区', '渝中区人民政府'],
      ['地区生产总值增长5%左右', '沙坪坝区', '沙坪坝区人民政府'],
      ['工业增加值增长6%左右', '沙坪坝区', '沙坪坝区人民政府'],
    ])
  })

  it('reads a deliverable listed after the year targets as a qualitative pledge, not the vague one', () => {
    const r = extract(digest, { date: '2020-01-07' })
    expect(r.commitments.filter((c) => c.kind === 'qualitative').map((c) => c.quote)).toEqual(['完工曾家岩大桥、红岩村大桥'])
  })

  it('dates later undated targets of the article by the year it pledged for', () => {
    const text = '记者从云南省人民政府获悉,到2025年全省接待游客达11亿人次以上。\n其中,将新增省级非遗代表性传承人500名、非遗工坊100个。'
    const r = extract(text, { date: '2023-09-15' })
    expect(r.commitments.map((c) => [c.kind, c.value, c.deadline?.date ?? null, c.department])).toEqual([
      ['target', 1100000000, '2025-12-31', '云南省人民政府'],
      ['target', 500, '2025-12-31', '云南省人民政府'],
      ['target', 100, '2025-12-31', '云南省人民政府'],
    ])
  })

  it('does not date a report of results by an earlier article plan', () => {
    const text = '今年将新建学校5所。\n\n上半年,全县完成投资4.7亿元。'
    const r = extract(text, { date: '2020-07-01' })
    expect(r.commitments.map((c) => [c.kind, c.deadline?.date ?? null])).toEqual([
      ['target', '2020-12-31'],
      ['fact', null],
    ])
  })
})
