// The due panel reads counts from the maintained cells and only the rows it shows
// (src/db/dueQueries.ts). Here its counts and rows are checked against every stored row read
// straight from IndexedDB and bucketed in Node with the same rule (dueBucket), with and without a
// dashboard filter, and its height is checked not to depend on what it shows.
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { DashboardPage } from './pages/DashboardPage'
import { matchesFilter } from '../src/core/model/matchFilter'
import type { CommitmentFilter } from '../src/core/model/filter'
import type { Commitment } from '../src/core/model/types'
import { dueBucket, type DueBucket } from '../src/core/progress/due'

const GROUPS: DueBucket[] = ['overdue', 'due30', 'due90']

async function storedRows(page: Page): Promise<{ rows: Commitment[]; today: string }> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('pledge-ledger')
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    const rows: Commitment[] = await new Promise((res, rej) => {
      const r = db.transaction('commitments').objectStore('commitments').getAll()
      r.onsuccess = () => res(r.result)
      r.onerror = () => rej(r.error)
    })
    db.close()
    const now = new Date()
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
    return { rows, today }
  })
}

/** Counts and the first `limit` ids per group, as the panel orders them (ties by id, the index order). */
function expected(rows: Commitment[], today: string, filter: CommitmentFilter, limit: number) {
  const out = {} as Record<DueBucket, { count: number; ids: string[] }>
  for (const b of GROUPS) {
    const got = rows.filter((c) => dueBucket(c, c.status, today) === b && matchesFilter(c, filter))
    const key = (c: Commitment) => `${c.deadline!.date} ${c.id}`
    got.sort((x, y) => (key(x) < key(y) ? -1 : 1))
    if (b === 'overdue') got.reverse()
    out[b] = { count: got.length, ids: got.slice(0, limit).map((c) => c.id) }
  }
  return out
}

async function shown(page: Page, root = 'due-panel') {
  const panel = page.getByTestId(root)
  await expect(panel).toHaveAttribute('data-loaded', 'true', { timeout: 20_000 })
  const out = {} as Record<DueBucket, { count: number; ids: string[] }>
  for (const b of GROUPS) {
    const group = panel.getByTestId(`due-${b}`)
    const hrefs = await group.getByTestId('due-row').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    out[b] = { count: Number(await group.getByTestId('due-count').textContent()), ids: hrefs.map((h) => decodeURIComponent(h.replace(/^.*\/c\//, ''))) }
  }
  return out
}

test('the due panel shows the counts and first rows of every stored row, follows the dashboard filter and keeps its height', async ({ page, snap }) => {
  const dash = new DashboardPage(page)
  await dash.goto()
  const { rows, today } = await storedRows(page)
  const all = expected(rows, today, {}, 5)
  expect(all.overdue.count, 'the seed has overdue commitments (the check is not vacuous)').toBeGreaterThan(5)
  await expect.poll(() => shown(page)).toEqual(all)
  const panel = page.getByTestId('due-panel')
  const height = (await panel.boundingBox())!.height
  await expect(page.getByTestId('due-filtered')).toHaveCount(0)

  // a district with overdue commitments, and a kind: both follow into the panel
  const district = rows.find((c) => c.district && dueBucket(c, c.status, today) === 'overdue')!.district!
  await dash.selectFilter('district', district)
  await expect(page).toHaveURL(/district=/)
  await expect(page.getByTestId('due-filtered')).toBeVisible()
  const one = expected(rows, today, { district: [district] }, 5)
  expect(one.overdue.count).toBeLessThan(all.overdue.count)
  await expect.poll(() => shown(page)).toEqual(one)
  await dash.toggleFilter('filter-kind-target')
  const targets = expected(rows, today, { district: [district], kind: ['target'] }, 5)
  await expect.poll(() => shown(page)).toEqual(targets)
  await panel.scrollIntoViewIfNeeded()
  await snap('due-panel-filtered')
  // the reserved area: the same height whatever the groups hold
  expect((await panel.boundingBox())!.height).toBe(height)

  // "see all" keeps the filter; the full view counts the same and lists up to 300
  await panel.getByTestId('due-all').click()
  await expect(page).toHaveURL(/\/due\?.*district=/)
  await expect.poll(() => shown(page)).toEqual(expected(rows, today, { district: [district], kind: ['target'] }, 300))
  await expect(page.getByTestId('due-filtered')).toBeVisible()
})
