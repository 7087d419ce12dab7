// The extractor against every golden fixture, with the bars of issue 2 (see src/core/eval/bars.ts):
// targets+milestones recall ≥ 95 % and precision ≥ 90 %, facts recall ≥ 85 %, value and unit exact
// on every matched item, deadline ≥ 95 % and district ≥ 90 % of matched items.
// These bars are the product's promise; do not lower them to make this pass.
import { describe, expect, it } from 'vitest'
import { extract } from '@/core/extract'
import { evaluateFixture } from '@/core/eval/run'
import { fixtureNames, loadFixture } from './fixtures/load'

describe.each(fixtureNames())('extractor on fixture %s', (name) => {
  const result = evaluateFixture(loadFixture(name), extract)

  it('runs without throwing', () => {
    expect(result.error).toBeNull()
  })

  it.each(result.bars.map((b) => [b.id, b] as const))('meets the %s bar', (_id, bar) => {
    const s = result.score
    const sample = [
      ...s.misses.slice(0, 3).map((g) => `missed ${g.kind} «${g.quote}»`),
      ...s.falsePositives.slice(0, 3).map((p) => `extra ${p.kind} «${p.quote}»`),
      ...s.matched.filter((m) => m.gold.kind !== m.predicted.kind).slice(0, 3).map((m) => `${m.gold.kind} read as ${m.predicted.kind} «${m.gold.quote}»`),
    ]
    const figure = bar.value === null ? 'n/a' : (bar.value * 100).toFixed(1) + '%'
    const detail = `${bar.label}: ${figure} (bar ${bar.threshold * 100}%); npm run eval -- --verbose ${name}\n  ${sample.join('\n  ')}`
    expect(bar.pass, detail).toBe(true)
  })
})
