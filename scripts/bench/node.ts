// The Node benchmarks, run as their own scripts (owned elsewhere) and read from their output.
import { run } from './run'

export interface ExtractFigures {
  /** characters per second at 5 M characters, wall clock and CPU time */
  wallRate: number
  cpuRate: number
  raw: string
}

export async function extractBench(): Promise<ExtractFigures | { error: string }> {
  const out = await run('npm', ['run', '--silent', 'bench:extract'], { timeoutMs: 240_000 })
  const line = out.stdout.split('\n').find((l) => /^\s*5 M chars/.test(l))
  const rates = line?.match(/([\d,]+) chars\/s/g)?.map((s) => Number(s.replace(/[^\d]/g, '')))
  if (!line || !rates || rates.length < 2) return { error: `no 5 M line in bench:extract output (exit ${out.code}): ${out.stderr.trim().split('\n').slice(-1)[0] ?? ''}` }
  return { wallRate: rates[0], cpuRate: rates[1], raw: line.trim() }
}

export interface SearchFigures {
  /** worst median latency over the queries, per size; index build and stored-index load */
  bySize: {
    n: number
    worstMedian: number
    worstMax: number
    /** worst median CPU time of a query (this process only): what the query costs on a loaded machine */
    worstCpu: number
    build?: number
    snapshot?: number
    clone?: number
    load?: number
    /** the first query on the loaded index (pays for anything the load left for later) */
    firstQuery?: number
  }[]
}

export async function searchBench(): Promise<SearchFigures | { error: string }> {
  const out = await run('npx', ['tsx', 'src/core/search/bench.ts'], { timeoutMs: 300_000 })
  const bySize: SearchFigures['bySize'] = []
  let cur: SearchFigures['bySize'][number] | null = null
  for (const line of out.stdout.split('\n')) {
    const head = line.match(/^(\d+) commitments/)
    if (head) {
      const num = (k: string) => Number(line.match(new RegExp(`${k} (\\d+) ms`))?.[1] ?? Number.NaN)
      cur = { n: Number(head[1]), worstMedian: 0, worstMax: 0, worstCpu: 0, build: num('build'), snapshot: num('snapshot'), clone: num('clone'), load: num('load'), firstQuery: Number(line.match(/first query ([\d.]+) ms/)?.[1] ?? Number.NaN) }
      bySize.push(cur)
      continue
    }
    const q = line.match(/median ([\d.]+) ms, max ([\d.]+) ms(?:, cpu median ([\d.]+) ms)?/)
    if (q && cur) {
      cur.worstMedian = Math.max(cur.worstMedian, Number(q[1]))
      cur.worstMax = Math.max(cur.worstMax, Number(q[2]))
      if (q[3]) cur.worstCpu = Math.max(cur.worstCpu, Number(q[3]))
    }
  }
  if (bySize.length === 0) return { error: `search bench printed no figures (exit ${out.code}${out.code === null ? ', timed out' : ''})` }
  return { bySize }
}
