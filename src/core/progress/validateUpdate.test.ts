import { describe, expect, it } from 'vitest'
import { validateUpdate, type UpdateInput } from './validateUpdate'
import { commitment } from './test-fixtures'

const visitors = commitment() // 3500万人次
const revenue = commitment({ value: 25_000_000_000, unit: '元' })
const growth = commitment({ value: 7, unit: '%', growth: true, comparator: '≥' })
const milestone = commitment({ kind: 'milestone', value: null, unit: null, comparator: null })
const ctx = { now: '2024-11-01T08:00:00.000Z', id: 'upd-1' }

const good: UpdateInput = {
  observedOn: '2024-09-30',
  periodStart: '2024-01-01',
  value: '3153',
  unit: '万人次',
  evidence: { url: 'http://www.gzyes.com/post/3882.html', quote: '今年前三季度,老城区接待游客3153万人次', publisher: '人民日报', publishedOn: null },
  enteredBy: '记者甲',
}

describe('validateUpdate: accepted', () => {
  it('converts 万人次 to the target’s 人次 and builds the update', () => {
    const r = validateUpdate(good, visitors, ctx)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.update).toMatchObject({
      id: 'upd-1',
      commitmentId: 'c1',
      observedOn: '2024-09-30',
      periodStart: '2024-01-01',
      value: 31_530_000,
      unit: '人次',
      state: null,
      enteredBy: '记者甲',
      enteredAt: ctx.now,
      origin: 'person',
      supersedes: null,
    })
  })

  it.each([
    ['亿元', '236', 23_600_000_000],
    ['万元', '2,360,000', 23_600_000_000],
    ['元', '２３６００００００００', 23_600_000_000],
    ['', '23600000000', 23_600_000_000], // empty unit: the target's own
  ])('revenue in %s (%s) → %d 元', (unit, value, out) => {
    const r = validateUpdate({ ...good, unit, value }, revenue, ctx)
    expect(r.ok && r.update.value).toBe(out)
  })

  it('accepts a number typed as a number, and a negative growth rate', () => {
    const r = validateUpdate({ ...good, periodStart: null, value: -1.5, unit: '%' }, growth, ctx)
    expect(r.ok && r.update.value).toBe(-1.5)
  })

  it('takes a milestone state, including the seed file’s spelling', () => {
    const r = validateUpdate({ ...good, value: null, unit: null, state: 'under way' }, milestone, ctx)
    expect(r.ok && r.update.state).toBe('under_way')
    expect(r.ok && r.update.periodStart).toBeNull()
  })
})

describe('validateUpdate: refused', () => {
  it.each<[string, UpdateInput, typeof visitors, string, string]>([
    ['wrong unit', { ...good, unit: '人' }, visitors, 'unit', 'unit_mismatch'],
    ['money for a visitor count', { ...good, unit: '亿元' }, visitors, 'unit', 'unit_mismatch'],
    ['个百分点 for a % target', { ...good, periodStart: null, value: '0.5', unit: '个百分点' }, growth, 'unit', 'unit_points'],
    ['empty value', { ...good, value: '  ' }, visitors, 'value', 'value_required'],
    ['missing value', { ...good, value: null }, visitors, 'value', 'value_required'],
    ['not a number', { ...good, value: '约3153' }, visitors, 'value', 'value_invalid'],
    ['a number with its unit typed in', { ...good, value: '3153万' }, visitors, 'value', 'value_invalid'],
    ['Infinity', { ...good, value: Infinity }, visitors, 'value', 'value_invalid'],
    ['NaN', { ...good, value: NaN }, visitors, 'value', 'value_invalid'],
    ['negative visitors', { ...good, value: '-5' }, visitors, 'value', 'value_negative'],
    ['30 February', { ...good, observedOn: '2024-02-30' }, visitors, 'observedOn', 'date_invalid'],
    ['29 February of a common year', { ...good, observedOn: '2023-02-29' }, visitors, 'observedOn', 'date_invalid'],
    ['a slash date', { ...good, observedOn: '2024/09/30' }, visitors, 'observedOn', 'date_invalid'],
    ['no date', { ...good, observedOn: '' }, visitors, 'observedOn', 'date_required'],
    ['a future date', { ...good, observedOn: '2024-12-31' }, visitors, 'observedOn', 'date_future'],
    ['a period starting after the observation', { ...good, periodStart: '2024-10-01' }, visitors, 'periodStart', 'period_order'],
    ['javascript: link', { ...good, evidence: { url: 'javascript:alert(1)' } }, visitors, 'evidence.url', 'url_invalid'],
    ['JavaScript: link in capitals', { ...good, evidence: { url: 'JAVASCRIPT:alert(1)' } }, visitors, 'evidence.url', 'url_invalid'],
    ['data: link', { ...good, evidence: { url: 'data:text/html,hi' } }, visitors, 'evidence.url', 'url_invalid'],
    ['ftp link', { ...good, evidence: { url: 'ftp://example.org/a' } }, visitors, 'evidence.url', 'url_invalid'],
    ['link with a space', { ...good, evidence: { url: 'https://exa mple.org/' } }, visitors, 'evidence.url', 'url_invalid'],
    ['no evidence at all', { ...good, evidence: { url: ' ', quote: '' } }, visitors, 'evidence', 'evidence_required'],
    ['bad publication date', { ...good, evidence: { ...good.evidence, publishedOn: '2024-13-01' } }, visitors, 'evidence.publishedOn', 'date_invalid'],
    ['no state for a milestone', { ...good, value: null, unit: null }, milestone, 'state', 'state_required'],
    ['unknown state', { ...good, value: null, unit: null, state: 'finished' }, milestone, 'state', 'state_invalid'],
    ['unknown comparator', { ...good, comparator: '>>' }, visitors, 'comparator', 'comparator_invalid'],
    ['nobody entered it', { ...good, enteredBy: ' ' }, visitors, 'enteredBy', 'enteredBy_required'],
  ])('%s', (_name, input, c, field, key) => {
    const r = validateUpdate(input, c, ctx)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const e = r.errors.find((x) => x.field === field)
    expect(e?.key).toBe(key)
    expect(e?.message).toMatch(/[\u4e00-\u9fff]/) // a Chinese message
    expect(e?.messageEn).toMatch(/[a-z]/)
  })

  it('refuses a correction of an update that does not exist', () => {
    const r = validateUpdate({ ...good, supersedes: 'nope' }, visitors, { ...ctx, existing: [] })
    expect(r.ok).toBe(false)
  })

  it('reports every problem at once', () => {
    const r = validateUpdate({ observedOn: '2024-02-30', value: '', evidence: { url: 'javascript:x' } }, visitors, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.key).sort()).toEqual(['date_invalid', 'enteredBy_required', 'url_invalid', 'value_required'])
  })
})
