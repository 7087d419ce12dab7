// Plain-text and JSON renderings of an evaluation, for `npm run eval`.
import { KINDS } from '@/core/model/types'
import type { BarResult } from './bars'
import type { EvalResult, FixtureResult } from './run'
import { FIELDS, type KindKey, type Pair, type Predicted, type SourceScore } from './score'
import type { GoldItem } from './gold'

const KIND_ROWS: readonly KindKey[] = [...KINDS, 'target+milestone']

function pct(x: number | null): string {
  return x === null ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`
}

// CJK characters take two columns in a terminal.
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1
  return w
}
function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)))
}

function kindTable(score: SourceScore): string[] {
  const lines = [`  ${pad('kind', 18)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'hits'.padStart(6)}   recall  precision`]
  for (const k of KIND_ROWS) {
    const r = score.kinds[k]
    lines.push(`  ${pad(k, 18)}${String(r.gold).padStart(6)}${String(r.predicted).padStart(6)}${String(r.hits).padStart(6)}   ${pct(r.recall)}  ${pct(r.precision)}`)
  }
  return lines
}

function fieldLine(score: SourceScore): string {
  const n = score.matched.length
  const parts = FIELDS.map((f) => `${f} ${pct(score.fields[f].rate).trim()}`)
  return `  fields on ${n} matched: ${parts.join(' · ')}`
}

function barLines(bars: readonly BarResult[]): string[] {
  return bars.map((b) => {
    const mark = b.pass ? 'PASS' : 'FAIL'
    const value = b.value === null ? 'n/a' : (b.value * 100).toFixed(1) + '%'
    return `  ${mark}  ${pad(b.label, 46)} ${value.padStart(7)}  (bar ${(b.threshold * 100).toFixed(0)}%)`
  })
}

function describeGold(g: GoldItem): string {
  return `[${g.start}-${g.end}] ${g.kind} ${g.metric ?? '–'} = ${g.value ?? '–'}${g.unit ?? ''}  «${g.quote.replace(/\s+/g, ' ')}»`
}
function describePred(p: Predicted): string {
  return `[${p.start}-${p.end}] ${p.kind} ${p.metric ?? '–'} = ${p.value ?? '–'}${p.unit ?? ''}  «${p.quote.replace(/\s+/g, ' ')}»`
}
function describeWrong(m: Pair): string {
  const show = (v: unknown) => (v === null || v === undefined ? 'null' : typeof v === 'object' ? JSON.stringify(v) : String(v))
  const diffs = m.wrong
    .filter((f) => f !== 'deadlineDate' || !m.wrong.includes('deadline'))
    .map((f) => {
      const key = f === 'deadlineDate' ? 'deadline' : f
      return `${f}: gold ${show(m.gold[key])} ≠ ${show(m.predicted[key])}`
    })
  return `«${m.gold.quote.replace(/\s+/g, ' ').slice(0, 30)}» ${diffs.join('; ')}`
}

function verboseLines(score: SourceScore): string[] {
  const lines: string[] = []
  const kindMismatches = score.matched.filter((m) => m.gold.kind !== m.predicted.kind)
  const fieldErrors = score.matched.filter((m) => m.wrong.length > 0)
  if (score.misses.length) lines.push('  misses (gold not found):', ...score.misses.map((g) => `    - ${describeGold(g)}`))
  if (score.falsePositives.length) lines.push('  false positives (matching no gold item):', ...score.falsePositives.map((p) => `    + ${describePred(p)}`))
  if (kindMismatches.length) lines.push('  kind differs:', ...kindMismatches.map((m) => `    ~ gold ${m.gold.kind}, predicted ${m.predicted.kind}: «${m.gold.quote.replace(/\s+/g, ' ')}»`))
  if (fieldErrors.length) lines.push('  field errors:', ...fieldErrors.map((m) => `    ≠ ${describeWrong(m)}`))
  return lines
}

function fixtureBlock(r: FixtureResult, verbose: boolean): string[] {
  const gold = r.score.matched.length + r.score.misses.length
  const head = `${r.pass ? 'PASS' : 'FAIL'}  ${r.name}  — ${r.meta.publisher}, ${r.meta.date}, ${r.meta.place} (${gold} scored gold items, ${r.score.ignored.length} doubtful matched and ignored, ${r.ms.toFixed(1)} ms)`
  const lines = [head]
  if (r.error) lines.push(`  extractor threw: ${r.error}`)
  lines.push(...kindTable(r.score), fieldLine(r.score), ...barLines(r.bars))
  if (verbose) lines.push(...verboseLines(r.score))
  return lines
}

export function formatReport(result: EvalResult, extractorVersion: string, verbose = false): string {
  const out: string[] = [`Pledge Ledger extractor evaluation — extractor ${extractorVersion}`, '']
  for (const r of result.fixtures) out.push(...fixtureBlock(r, verbose), '')
  out.push('Overall (all fixtures pooled)', ...kindTable(result.overall.score), fieldLine(result.overall.score), ...barLines(result.overall.bars), '')
  const failed = result.fixtures.filter((r) => !r.pass).map((r) => r.name)
  out.push(
    `${result.fixtures.length - failed.length}/${result.fixtures.length} fixtures pass every bar` +
      (failed.length ? `; failing: ${failed.join(', ')}` : ''),
  )
  return out.join('\n')
}

function scoreJson(score: SourceScore, verbose: boolean) {
  return {
    kinds: score.kinds,
    fields: score.fields,
    matched: score.matched.length,
    ignored: score.ignored.length,
    ...(verbose
      ? {
          misses: score.misses,
          falsePositives: score.falsePositives,
          fieldErrors: score.matched.filter((m) => m.wrong.length).map((m) => ({ gold: m.gold, predicted: m.predicted, wrong: m.wrong })),
        }
      : { misses: score.misses.length, falsePositives: score.falsePositives.length }),
  }
}

export function reportJson(result: EvalResult, extractorVersion: string, verbose = false) {
  return {
    extractorVersion,
    pass: result.overall.pass,
    fixtures: result.fixtures.map((r) => ({
      name: r.name,
      date: r.meta.date,
      place: r.meta.place,
      pass: r.pass,
      error: r.error,
      ms: Math.round(r.ms * 10) / 10,
      bars: r.bars,
      ...scoreJson(r.score, verbose),
    })),
    overall: { pass: result.overall.pass, bars: result.overall.bars, ...scoreJson(result.overall.score, verbose) },
  }
}
