// The command line as users run it: spawned with tsx, checked on stdout, stderr and exit status.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const seed = join(root, 'test/fixtures/seed.txt')
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'))

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/extract.ts'), ...args], { cwd: root, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

describe('extract command line', () => {
  it('prints the contract JSON for the seed page', () => {
    const r = run('--date', '2024-01-14', seed)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.out)
    expect(typeof doc.extractorVersion).toBe('string')
    const src = doc.sources[0]
    expect(src).toMatchObject({ file: seed, date: '2024-01-14' })
    expect(Object.keys(src)).toEqual(['file', 'date', 'length', 'articles', 'commitments'])
    expect(src.commitments.length).toBeGreaterThan(20)
    for (const key of ['kind', 'quote', 'start', 'end', 'metric', 'value', 'unit', 'comparator', 'growth', 'deadline', 'district', 'department', 'person', 'category', 'confidence']) {
      expect(src.commitments[0]).toHaveProperty(key)
    }
  })

  it('removes a leading BOM and reports offsets into the text without it', () => {
    const p = file('bom.txt', '\uFEFF力争2024年接待游客超过3500万人次。')
    const src = JSON.parse(run('--date', '2024-01-14', p).out).sources[0]
    expect(src.length).toBe('力争2024年接待游客超过3500万人次。'.length)
    expect(src.commitments[0]).toMatchObject({ start: 0, quote: '力争2024年接待游客超过3500万人次', value: 35_000_000 })
  })

  it('infers an unambiguous date, else null', () => {
    const dated = file('dated.txt', '本报讯 2024年3月5日,力争全年地区生产总值增长6%。')
    expect(JSON.parse(run(dated).out).sources[0].date).toBe('2024-03-05')
    expect(JSON.parse(run(seed).out).sources[0].date).toBeNull()
  })

  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], /no such file/],
    ['an empty file', () => [file('empty.txt', '')], /empty/],
    ['binary input', () => [file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))], /binary/],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))], /UTF-8/],
    ['a bad date', () => ['--date', '2024-13-40', seed], /bad date/],
    ['no file', () => [], /no input file/],
  ])('rejects %s with one line on stderr', (_label, args, message) => {
    const r = run(...args())
    expect(r.code).not.toBe(0)
    expect(r.out).toBe('')
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toMatch(message)
    expect(r.err).not.toMatch(/\bat .+:\d+/)
  })
})
