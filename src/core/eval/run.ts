// Runs an extractor over golden fixtures and scores it. The extractor is passed in, so this stays
// testable without it and free of any file access (the caller loads the fixtures).
import type { ExtractedSource } from '@/core/model/types'
import type { FixtureMeta, GoldItem } from './gold'
import { allPass, checkBars, type BarResult } from './bars'
import { combineScores, scoreSource, type SourceScore } from './score'

export type ExtractFn = (text: string, options: { date: string | null; file: string }) => ExtractedSource

export interface FixtureInput {
  name: string
  file: string
  text: string
  gold: GoldItem[]
  meta: FixtureMeta
}

export interface FixtureResult {
  name: string
  meta: FixtureMeta
  score: SourceScore
  bars: BarResult[]
  pass: boolean
  /** milliseconds spent in the extractor */
  ms: number
  /** set when the extractor threw: everything else then scores an empty prediction */
  error: string | null
}

export interface EvalResult {
  fixtures: FixtureResult[]
  overall: { score: SourceScore; bars: BarResult[]; pass: boolean }
}

export function evaluateFixture(fx: FixtureInput, extract: ExtractFn): FixtureResult {
  const t0 = performance.now()
  let predicted: ExtractedSource['commitments'] = []
  let error: string | null = null
  try {
    predicted = extract(fx.text, { date: fx.meta.date, file: fx.file }).commitments
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const ms = performance.now() - t0
  const score = scoreSource(fx.gold, predicted)
  const bars = checkBars(score)
  return { name: fx.name, meta: fx.meta, score, bars, pass: error === null && allPass(bars), ms, error }
}

export function evaluate(fixtures: readonly FixtureInput[], extract: ExtractFn): EvalResult {
  const results = fixtures.map((fx) => evaluateFixture(fx, extract))
  const score = combineScores(results.map((r) => r.score))
  const bars = checkBars(score)
  return { fixtures: results, overall: { score, bars, pass: results.every((r) => r.pass) } }
}
