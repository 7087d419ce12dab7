import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './url'

describe('safeHttpUrl', () => {
  it.each([
    ['https://lyrb.lyd.com.cn/html2/2024-01/14/node_5.htm', 'https://lyrb.lyd.com.cn/html2/2024-01/14/node_5.htm'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/a b ', 'https://example.org/a%20b'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['file:///etc/passwd', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ])('%s → %s', (raw, out) => expect(safeHttpUrl(raw)).toBe(out))
})
