// Import fuzz on /data, in the built app with real IndexedDB: hostile packs made in the test from an
// export of the seeded app. Every object store's row count is read (raw indexedDB) before and after
// each file: a refused file or "全部放弃" leaves every count equal; "只导入有效记录" adds exactly the
// valid new records; the message names the reason. One page for all files (each step is one file).
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { DataPage, type StoreCounts } from './pages/DataPage'
import { fnv1a64 } from '../src/core/ids'

type Rec = Record<string, unknown>
interface Pack extends Rec {
  sources: Rec[]
  articles: Rec[]
  commitments: (Rec | null)[]
  updates: Rec[]
  verdicts: Rec[]
  links?: Rec[]
}

const DATA_TABLES = ['sources', 'articles', 'commitments', 'updates', 'verdicts', 'links'] as const

test('import fuzz: each hostile pack is refused whole or reviewed, with row counts checked before and after', async ({ page }) => {
  // about 2 minutes on the shared 2-core machine; double that when it is loaded (load average 30+)
  test.setTimeout(240_000)
  const data = new DataPage(page)
  await data.goto()
  const base = JSON.parse(await data.exportText()) as Pack
  const template = base.commitments[0] as Rec
  expect(template).toBeTruthy()
  /** a valid new commitment: the seed's first one under a new id */
  const fresh = (id: string, over: Rec = {}): Rec => ({ ...template, id, ...over })
  /** the base pack plus these extra commitments */
  const withCommitments = (...extra: (Rec | null)[]): Pack => ({ ...structuredClone(base), commitments: [...base.commitments, ...extra] })
  const json = (p: unknown) => JSON.stringify(p)

  const delta = (before: StoreCounts, after: StoreCounts) =>
    Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]).filter(([, d]) => d !== 0))

  /** a file that must be refused outright, with every count equal afterwards */
  async function refused(name: string, content: string | Buffer, reason: RegExp) {
    const before = await data.storeCounts()
    await data.offer(name, content)
    await expect(data.review).toBeHidden()
    await expect(data.result).toContainText('未导入,数据库未改动')
    await expect(data.result).toContainText(reason)
    expect(await data.storeCounts()).toEqual(before)
  }

  async function refusedPath(path: string, reason: RegExp) {
    const before = await data.storeCounts()
    await data.whileNewOutcome(() => data.importInput.setInputFiles(path))
    await expect(data.result).toContainText('未导入,数据库未改动')
    await expect(data.result).toContainText(reason)
    expect(await data.storeCounts()).toEqual(before)
  }

  /** a pack with bad records: the review names each reason; nothing is written before the choice */
  async function reviewed(name: string, pack: unknown, reasons: [string, RegExp][], text = json(pack)) {
    const before = await data.storeCounts()
    await data.offer(name, text)
    await expect(data.review).toBeVisible()
    await expect(data.review).toContainText('尚未写入任何内容,数据库未改动')
    for (const [path, reason] of reasons) {
      await expect(data.reviewRows.filter({ hasText: path }).first()).toContainText(reason)
    }
    expect(await data.storeCounts(), 'nothing written while the review is open').toEqual(before)
    return before
  }

  async function discard(before: StoreCounts) {
    await data.whileNewOutcome(() => data.discard.click())
    await expect(data.review).toBeHidden()
    await expect(data.result).toContainText('已全部放弃,数据库未改动')
    expect(await data.storeCounts()).toEqual(before)
  }

  async function keep(before: StoreCounts, added: Partial<Record<(typeof DATA_TABLES)[number], number>>, rejected: number) {
    await data.whileNewOutcome(() => data.keep.click())
    await expect(data.review).toBeHidden()
    await expect(data.result).toContainText('已导入有效记录')
    await expect(data.result).toContainText(`舍弃 ${rejected} 条`)
    const d = delta(before, await data.storeCounts())
    for (const t of DATA_TABLES) expect(d[t] ?? 0, `rows added to ${t}`).toBe(added[t] ?? 0)
  }

  await test.step('a clean pack (the export itself) imports without a review and adds nothing', async () => {
    const before = await data.storeCounts()
    await data.offer('same.json', json(base))
    await expect(data.result).toContainText('导入完成')
    const d = delta(before, await data.storeCounts())
    for (const t of DATA_TABLES) expect(d[t] ?? 0).toBe(0)
  })

  await test.step('not JSON: NaN and Infinity as bare tokens, a cut-off file', async () => {
    const text = json(withCommitments(fresh('fuzz-nan-token', { value: 98765.4321 })))
    expect(text).toContain('98765.4321')
    await refused('nan-token.json', text.replace('98765.4321', 'NaN'), /不是有效的 JSON/)
    await refused('infinity-token.json', text.replace('98765.4321', 'Infinity'), /不是有效的 JSON/)
    await refused('cut.json', text.slice(0, 200), /不是有效的 JSON/)
  })

  await test.step('wrong top-level shape', async () => {
    await refused('array.json', '[1,2,3]', /不是数据包对象/)
    await refused('no-table.json', json({ ...base, verdicts: { a: 1 } }), /verdicts.*应为数组/)
    await refused('newer.json', json({ ...base, schemaVersion: 99 }), /更新版本的应用/)
    await refused('top-proto.json', json(base).replace('{', '{"__proto__":{"polluted":1},'), /__proto__.*禁止使用的键名/)
  })

  await test.step('a million items in a table: refused before parsing', async () => {
    const million = json(base).replace('"updates":[', `"updates":[${'null,'.repeat(1_000_000)}`)
    await refused('million.json', million, /updates.*最多 500000 条记录/)
  })

  await test.step('nesting 10,000 deep: refused before parsing', async () => {
    const deep = json(withCommitments(fresh('fuzz-deep-x', { original: 'DEEP' }))).replace('"DEEP"', '['.repeat(10_000) + ']'.repeat(10_000))
    await refused('deep.json', deep, /嵌套超过 64 层/)
  })

  await test.step('null records (60 of them) next to valid ones: listed 50 at a time, the whole list as CSV; discard', async () => {
    const n = base.commitments.length
    const pack = withCommitments(fresh('fuzz-null-ok-1'), ...new Array<null>(60).fill(null), fresh('fuzz-null-ok-2'))
    const before = await reviewed('nulls.json', pack, [[`commitments[${n + 1}]`, /类型错误:应为对象,实际为空值 null/]])
    await expect(data.validCount('commitments')).toHaveText(String(n + 2))
    await expect(data.reviewRows).toHaveCount(50)
    await expect(data.reviewMore).toContainText('另有 10 条未列出')
    const [download] = await Promise.all([page.waitForEvent('download'), data.download.click()])
    const csv = readFileSync(await download.path(), 'utf8').trim().split('\r\n')
    expect(csv).toHaveLength(61)
    expect(csv[1]).toBe(`commitments[${n + 1}],"类型错误:应为对象,实际为空值 null",`)
    await discard(before)
  })

  await test.step('wrong types, NaN as a string, Infinity (1e999), unknown enum: keep the valid ones', async () => {
    const n = base.commitments.length
    const pack = withCommitments(
      fresh('fuzz-type-ok-1'),
      fresh('fuzz-type-str', { value: '700' }),
      fresh('fuzz-type-bool', { growth: 'yes' }),
      fresh('fuzz-type-nan', { value: 'NaN' }),
      fresh('fuzz-type-inf', { value: 12345.678 }),
      fresh('fuzz-type-enum', { kind: 'promise' }),
      fresh('fuzz-type-ok-2'),
    )
    // 1e999 is valid JSON and parses to Infinity
    const text = json(pack).replace('12345.678', '1e999')
    expect(text).toContain('1e999')
    const before = await reviewed('types.json', pack, [
      [`commitments[${n + 1}].value`, /应为有限数字/],
      [`commitments[${n + 2}].growth`, /应为 true 或 false/],
      [`commitments[${n + 3}].value`, /应为有限数字/],
      [`commitments[${n + 4}].value`, /应为有限数字/],
      [`commitments[${n + 5}].kind`, /应为以下之一:target/],
    ], text)
    await keep(before, { commitments: 2 }, 5)
  })

  await test.step('duplicate ids: the second is rejected, the first kept', async () => {
    const n = base.commitments.length
    const pack = withCommitments(fresh('fuzz-dup'), fresh('fuzz-dup', { metric: '另一个' }))
    const before = await reviewed('dup.json', pack, [[`commitments[${n + 1}].id`, /重复的 id "fuzz-dup"/]])
    await keep(before, { commitments: 1 }, 1)
  })

  await test.step('a 10 MB string and a record nested 20 deep: those records rejected, refuse whole', async () => {
    const n = base.commitments.length
    let nest: unknown = 1
    for (let i = 0; i < 20; i++) nest = { a: nest }
    const pack = withCommitments(fresh('fuzz-big', { metric: 'x'.repeat(10 * 1024 * 1024) }), fresh('fuzz-nest', { original: nest }), fresh('fuzz-big-ok'))
    const before = await reviewed('big.json', pack, [
      [`commitments[${n}].metric`, /最多 2000000 个字符/],
      [`commitments[${n + 1}].original`, /嵌套超过 8 层/],
    ])
    await discard(before)
  })

  await test.step('__proto__ and constructor.prototype keys: rejected, and nothing polluted', async () => {
    const n = base.commitments.length
    const pack = withCommitments(fresh('fuzz-proto'), fresh('fuzz-ctor'), fresh('fuzz-proto-ok'))
    const text = json(pack)
      .replace('"id":"fuzz-proto"', '"__proto__":{"polluted":"yes"},"id":"fuzz-proto"')
      .replace('"id":"fuzz-ctor"', '"constructor":{"prototype":{"polluted":"yes"}},"id":"fuzz-ctor"')
    const before = await reviewed('proto.json', pack, [
      [`commitments[${n}].__proto__`, /禁止使用的键名/],
      [`commitments[${n + 1}].constructor`, /禁止使用的键名/],
    ], text)
    await keep(before, { commitments: 1 }, 2)
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()
    expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false)
  })

  await test.step('a bad source takes its records with it (dependants listed); HTML in a quote that is not the text', async () => {
    const text = '市文旅局:2026年力争接待游客超过5000万人次。<b>加粗</b>'
    const quote = '2026年力争接待游客超过5000万人次'
    const start = text.indexOf(quote)
    const src = { ...base.sources[0], id: 'src-fuzz-bad', title: '坏来源', text, textHash: fnv1a64(text), url: 'javascript:alert(1)' }
    const child = fresh('fuzz-orphan', { sourceId: 'src-fuzz-bad', articleId: null, quote, start, end: start + quote.length })
    const n = base.commitments.length
    const pack = { ...withCommitments(child, fresh('fuzz-html', { quote: '<img src=x onerror="window.__pwned=1">' }), fresh('fuzz-dep-ok')), sources: [...base.sources, src] }
    const before = await reviewed('orphans.json', pack, [
      [`sources[${base.sources.length}].url`, /只接受 http\(s\) 网址/],
      [`commitments[${n}].sourceId`, /找不到有效的原文 "src-fuzz-bad"/],
      [`commitments[${n + 1}].quote`, /引文与原文第/],
    ])
    await expect(data.reviewRows.filter({ hasText: `commitments[${n}].sourceId` })).toContainText('依赖被拒记录')
    await expect(data.review).toContainText('其中 1 条因所依赖的记录被拒而一并舍弃')
    await keep(before, { commitments: 1 }, 3)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })

  await test.step('a file over 200 MB is refused by its size before it is read', async () => {
    // a sparse 201 MB file on disk (Playwright passes the path, not the bytes): the page must
    // refuse it from File.size alone
    const path = join(mkdtempSync(join(tmpdir(), 'pledge-fuzz-')), 'huge.json')
    writeFileSync(path, '')
    truncateSync(path, 201 * 1024 * 1024)
    try {
      await refusedPath(path, /文件过大:201\.0 MB\(上限 200 MB\)/)
    } finally {
      rmSync(path)
    }
  })
})
