import { describe, expect, it } from 'vitest'
import { commitment } from '../lineage/testCommitment'
import { BOM, commitmentsToCsv, csvCell } from './csv'

/** A small RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

describe('csvCell', () => {
  it.each([
    ['plain', '接待游客', '接待游客'],
    ['comma', '游客,收入', '"游客,收入"'],
    ['double quote', '翠云阁"十一"建成', '"翠云阁""十一""建成"'],
    ['newline in a quote (column break)', '创建国\n\n家级', '"创建国\n\n家级"'],
    ['formula =', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['formula +', '+1+1', "'+1+1"],
    ['formula -', '-2+3', "'-2+3"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading CR', '\r=1', `"'\r=1"`],
    ['full-width ＝', '＝1+1', "'＝1+1"],
    ['= not at the start', '增长=7%', '增长=7%'],
    ['null', null, ''],
    ['number', 35000000, '35000000'],
    ['negative number is a value', -5, '-5'],
    ['decimal', 6.5, '6.5'],
  ] as const)('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})

describe('commitmentsToCsv', () => {
  const rows = [
    commitment({ id: 'c1', quote: '力争2024年接待游客超过3500万人次', metric: '接待游客', value: 35e6, unit: '人次', comparator: '>', deadline: { date: '2024-12-31', precision: 'year' }, district: '老城区', category: '文旅', status: 'on_pace' }),
    commitment({ id: 'c2', kind: 'milestone', quote: '翠云阁“十一”建成开放', origin: 'person', reviewedAt: '2024-02-01T08:00:00.000Z', district: '老城区', category: '文旅' }),
    commitment({ id: 'c3', kind: 'qualitative', quote: '=cmd|\' /C calc\'!A0', category: '其他' }),
  ]

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = commitmentsToCsv(rows)
    expect(csv.startsWith(BOM + '编号,类型,原文,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false) // no bare LF outside quoted cells here
  })

  it('reads back cell for cell, with zh-CN labels', () => {
    const table = parseCsv(commitmentsToCsv(rows).slice(1))
    expect(table).toHaveLength(4)
    const header = table[0]
    const col = (name: string, r: number) => table[r][header.indexOf(name)]
    expect(col('原文', 1)).toBe('力争2024年接待游客超过3500万人次')
    expect(col('数值', 1)).toBe('35000000')
    expect(col('期限', 1)).toBe('2024-12-31')
    expect(col('类型', 2)).toBe('节点')
    expect(col('状态', 1)).toBe('按序时')
    expect(col('审核', 1)).toBe('机器提取，未审核')
    expect(col('审核', 2)).toBe('人工确认')
    expect(col('原文', 3)).toBe("'=cmd|' /C calc'!A0")
  })

  it('has English headers and labels on request, and source columns when sources are given', () => {
    const sources = new Map([['src-a', { title: '洛阳日报 第1版', publisher: '洛阳日报', publishedOn: '2024-01-14', url: 'https://example.org/a' }]])
    const table = parseCsv(commitmentsToCsv(rows, { lang: 'en', sources }).slice(1))
    expect(table[0].slice(0, 3)).toEqual(['ID', 'Kind', 'Quote'])
    expect(table[0].slice(-4)).toEqual(['Source title', 'Publisher', 'Published on', 'URL'])
    expect(table[1][1]).toBe('Target')
    expect(table[1].slice(-4)).toEqual(['洛阳日报 第1版', '洛阳日报', '2024-01-14', 'https://example.org/a'])
  })

  it('writes only the header for an empty list', () => {
    expect(parseCsv(commitmentsToCsv([]).slice(1))).toHaveLength(1)
  })
})
