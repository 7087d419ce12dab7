// The one results table: printed, and written to docs/performance.md with the machine and date.
import { cpus, totalmem } from 'node:os'
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

export interface Row {
  what: string
  figure: string
  /** the physical limit or reference measured in the same run, if any */
  reference?: string
  goal: string
  /** true: met, false: missed, null: no goal (information) */
  met: boolean | null
  /** for a miss: what limits it and what was tried; otherwise a short note */
  note?: string
}

export function machine(): string {
  let nproc = String(cpus().length)
  try {
    nproc = execSync('nproc').toString().trim()
  } catch {
    // cpus() is close enough
  }
  const model = cpus()[0]?.model ?? 'unknown CPU'
  return `${nproc} cores (nproc), ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, Chromium /usr/bin/chromium (headless)`
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function markdownTable(rows: Row[]): string {
  const head = '| Benchmark | Measured | Same-run reference | Goal | Result | Notes |\n|---|---|---|---|---|---|'
  const body = rows.map((r) =>
    `| ${cell(r.what)} | ${cell(r.figure)} | ${cell(r.reference ?? '—')} | ${cell(r.goal)} | ${r.met === null ? '—' : r.met ? 'MET' : '**MISSED**'} | ${cell(r.note ?? '')} |`,
  )
  return [head, ...body].join('\n')
}

export function writeReport(path: string, rows: Row[], extra: string[]): string {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const text = [
    '# Performance at 100,000 commitments',
    '',
    'Written by `npm run bench` (scripts/bench.ts); do not edit by hand — run it again.',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine()}`,
    '',
    markdownTable(rows),
    '',
    ...extra,
    '',
  ].join('\n')
  writeFileSync(path, text)
  return text
}

/** Where a report went, as a reader finds it: relative to `cwd` when inside it, else absolute (BENCH_DOC=/tmp/…). */
export function reportPlace(path: string, cwd: string = process.cwd()): string {
  const full = resolve(cwd, path)
  const rel = relative(cwd, full)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : full
}
