import { describe, expect, it } from 'vitest'
import type { ExtractedSource } from '@/core/model/types'
import type { GoldItem } from './gold'
import { evaluate, type ExtractFn, type FixtureInput } from './run'
import { formatReport, reportJson } from './report'

const TEXT = '力争2024年接待游客超过3500万人次。已建成学校39所。'
const gold: GoldItem[] = [
  { quote: '力争2024年接待游客超过3500万人次', start: 0, end: 20, kind: 'target', metric: '接待游客', value: 35e6, unit: '人次', comparator: '>', growth: false, deadline: { date: '2024-12-31', precision: 'year' }, district: '老城区', department: null, person: null },
  { quote: '已建成学校39所', start: 21, end: 29, kind: 'fact', metric: '学校', value: 39, unit: '所', comparator: '=', growth: false, deadline: null, district: '老城区', department: null, person: null },
]
const fixture: FixtureInput = {
  name: 'tiny',
  file: 'tiny.txt',
  text: TEXT,
  gold,
  meta: { date: '2024-01-14', title: 't', publisher: '洛阳日报', url: null, retrieved: 'hand', place: '洛阳', kind: 'test', script: 'simplified' },
}

function source(commitments: ExtractedSource['commitments']): ExtractedSource {
  return { file: 'tiny.txt', date: '2024-01-14', length: TEXT.length, articles: [], commitments }
}
const perfect: ExtractFn = () => source(gold.map((g) => ({ ...g, category: '文旅', confidence: 1 })))
const halfWrong: ExtractFn = () => source([{ ...gold[0], value: 3500, category: '文旅', confidence: 1 }])
const throwing: ExtractFn = () => {
  throw new Error('boom')
}

describe('evaluate and report', () => {
  it('a perfect extractor passes and the report says so', () => {
    const r = evaluate([fixture], perfect)
    expect(r.overall.pass).toBe(true)
    const text = formatReport(r, 'test-1')
    expect(text).toContain('PASS  tiny')
    expect(text).toContain('1/1 fixtures pass every bar')
    expect(text).not.toContain('FAIL')
  })

  it('a wrong value fails, and --verbose lists the miss and the false positive', () => {
    const r = evaluate([fixture], halfWrong)
    expect(r.fixtures[0].pass).toBe(false)
    const text = formatReport(r, 'test-1', true)
    expect(text).toContain('FAIL  tiny')
    expect(text).toContain('failing: tiny')
    expect(text).toMatch(/- \[0-20\] target 接待游客 = 35000000人次/)
    expect(text).toMatch(/\+ \[0-20\] target 接待游客 = 3500人次/)
  })

  it('an extractor that throws fails the fixture without stopping the run', () => {
    const r = evaluate([fixture, { ...fixture, name: 'again' }], throwing)
    expect(r.fixtures.map((f) => [f.name, f.pass, f.error])).toEqual([
      ['tiny', false, 'boom'],
      ['again', false, 'boom'],
    ])
  })

  it('JSON output carries the figures and the bars', () => {
    const j = reportJson(evaluate([fixture], halfWrong), 'test-1')
    expect(j.pass).toBe(false)
    expect(j.fixtures[0].kinds.target).toMatchObject({ gold: 1, hits: 0 })
    expect(j.fixtures[0].bars.find((b) => b.id === 'fact.recall')).toMatchObject({ value: 0, pass: false })
    expect(JSON.parse(JSON.stringify(j))).toEqual(j)
  })
})
