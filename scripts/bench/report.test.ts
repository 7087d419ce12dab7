// The bench's closing line names the file it wrote: BENCH_DOC elsewhere must not be reported as docs/performance.md.
import { describe, expect, it } from 'vitest'
import { reportPlace } from './report'

describe('reportPlace', () => {
  it('names a report inside the working folder relative to it, one outside by its absolute path', () => {
    expect(reportPlace('/work/app/docs/performance.md', '/work/app')).toBe('docs/performance.md')
    expect(reportPlace('docs/performance.md', '/work/app')).toBe('docs/performance.md')
    expect(reportPlace('/tmp/perf-h29.md', '/work/app')).toBe('/tmp/perf-h29.md')
    expect(reportPlace('../other/perf.md', '/work/app')).toBe('/work/other/perf.md')
  })
})
