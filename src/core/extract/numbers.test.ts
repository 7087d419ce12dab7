import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { chineseValue, readNumber } from './numbers'
import { normalize } from './normalize'

describe('chineseValue', () => {
  it.each([
    ['三千五百万', 35_000_000],
    ['两', 2],
    ['十一', 11],
    ['十', 10],
    ['二十', 20],
    ['一百零五', 105],
    ['二〇二四', 2024],
    ['三亿五千万', 350_000_000],
    ['一万亿', 1e12],
    ['六', 6],
  ])('%s → %d', (s, v) => expect(chineseValue(s)).toBe(v))
})

describe('readNumber', () => {
  it.each([
    ['3500万人次', 35_000_000, false],
    ['250亿元', 25_000_000_000, false],
    ['4600亿元', 460_000_000_000, false],
    ['10 亿元', 1_000_000_000, false],
    ['1,046公里', 1046, false],
    ['6.36亿元', 636_000_000, false],
    ['110余家', 110, true],
    ['3.7万余名', 37_000, true],
    ['120余万条', 1_200_000, true],
    ['40多门', 40, true],
    ['1万亿元', 1e12, false],
    ['十余万人', 100_000, true],
  ])('%s', (s, v, more) => {
    const t = readNumber(s, 0)
    expect(t?.value).toBe(v)
    expect(t?.more).toBe(more)
  })

  it('reads full-width digits after normalisation', () => {
    expect(readNumber(normalize('３５００万'), 0)?.value).toBe(35_000_000)
  })

  it('reads traditional 萬/億 after normalisation', () => {
    expect(readNumber(normalize('8.7億'), 0)?.value).toBe(870_000_000)
    expect(readNumber(normalize('三千萬'), 0)?.value).toBe(30_000_000)
  })

  it('marks bare magnitudes (千万, 百万) as size classes', () => {
    expect(readNumber('千万元', 0)?.bare).toBe(true)
    expect(readNumber('百万吨', 0)?.bare).toBe(true)
    expect(readNumber('三千万', 0)?.bare).toBe(false)
  })

  it('returns null where no number starts', () => {
    expect(readNumber('游客', 0)).toBeNull()
  })
})

// Arabic numbers are summed digit by digit: the value must be the one the decimal text parses to
describe('readNumber: Arabic values equal the parsed decimal', () => {
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  it('for any digits with or without a decimal part (up to 20 digits)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/)), (int, frac) => {
        const s = frac === null ? int : `${int}.${frac}`
        expect(readNumber(s + '元', 0)?.value).toBe(round(Number(s)))
      }),
      { numRuns: 3000 },
    )
  })
  it.each([
    ['13,452元', 13452],
    ['1,2345元', 1],
    ['2,000,000元', 2000000],
    ['12345678901234567890元', round(12345678901234567890)],
    ['0.1元', 0.1],
    ['3.70万元', 37000],
  ])('%s → %s', (s, v) => expect(readNumber(s, 0)?.value).toBe(v))
})
