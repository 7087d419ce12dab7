// Files in the encodings Chinese texts arrive in: a Hong Kong paper's traditional text saved as
// Big5, and a mainland report saved as UTF-16 without a BOM. The file list says which encoding was
// read; a Japanese Shift_JIS file is refused with a message; the Big5 text's targets reach review
// with their traditional quotes.
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { test, expect } from './fixtures'
import { ImportPage } from './pages/ImportPage'

const BOLUO = readFileSync('test/fixtures/boluo_2021_hkcd.txt', 'utf8')
const Q3 = readFileSync('e2e/fixtures/laocheng-2024-q3.txt', 'utf8')

test('Big5 and BOM-less UTF-16 files are read and named; an unknown encoding is refused', async ({ page, snap }) => {
  const imp = new ImportPage(page)
  await imp.goto()
  await imp.files.setInputFiles([
    { name: 'boluo-big5.txt', mimeType: 'text/plain', buffer: iconv.encode(BOLUO, 'big5') },
    { name: 'laocheng-utf16.txt', mimeType: 'text/plain', buffer: iconv.encode(Q3, 'utf16le') },
    { name: 'tokyo-sjis.txt', mimeType: 'text/plain', buffer: iconv.encode('東京都は来年度予算案で防災対策に三千億円を計上する方針を固めた。', 'shift_jis') },
  ])
  const list = page.getByTestId('import-file-list')
  await expect(list.locator('li', { hasText: 'boluo-big5.txt' })).toContainText('Big5（繁体中文')
  await expect(list.locator('li', { hasText: 'laocheng-utf16.txt' })).toContainText('UTF-16（小端）')
  await expect(list).not.toContainText('tokyo-sjis.txt')
  await expect(imp.refused).toContainText('tokyo-sjis.txt')
  await expect(imp.refused).toContainText('无法识别文件编码')
  await snap('import-encodings')

  await imp.fillMeta({ date: '2021-11-17' })
  await imp.extract.click()
  await expect(imp.review).toBeVisible({ timeout: 60_000 })
  await expect(imp.item('到2025年達到1000億元')).toHaveCount(1)
  await expect(imp.item('到2025年達到1000億元').locator('[data-field=district]')).toHaveText('博罗县')
  await expect(imp.item('力爭GDP年均增長約10.5%').locator('[data-field=kind]')).toHaveAttribute('data-value', 'target')
})
