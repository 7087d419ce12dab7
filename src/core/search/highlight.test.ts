import { describe, expect, it } from 'vitest'
import { highlightRanges } from './highlight'

const marked = (text: string, query: string) => highlightRanges(text, query).map(([s, e]) => text.slice(s, e))

describe('highlightRanges', () => {
  it.each([
    ['力争2024年接待游客超过3500万人次', '游客', ['游客']],
    ['翠云阁“十一”建成开放', '翠云阁', ['翠云阁']],
    ['推动洛邑古城持续火爆，洛邑古城一期', '洛邑古城', ['洛邑古城', '洛邑古城']],
    ['2024年实施超千万元工业项目700个', '700个', ['700个']],
    ['实施项目1700个', '700个', []],
    ['老城区接待游客', '老城区游客', ['老城区', '游客']],
    ['接待游客超过', '游', ['游']],
    ['遊客人數', '游客', ['遊客']],
    ['visit Luoyang', 'luoy', ['Luoy']],
    ['力争2024年接待游客', '', []],
  ] as const)('%s / %s', (text, query, expected) => {
    expect(marked(text, query)).toEqual(expected)
  })

  it('returns sorted, non-overlapping [start, end) pairs', () => {
    const r = highlightRanges('游客游客游客', '游客')
    expect(r).toEqual([[0, 6]])
  })
})
