import { describe, expect, it } from 'vitest'
import { isFramingHeading } from './section-heading'
import { extract } from './pipeline'

describe('isFramingHeading', () => {
  it.each([
    ['(一)以创建省级文明城市为抓手', true],
    ['(二)以建设智慧园区为引领', true],
    ['三、以创建国家卫生县城为重点', true],
    ['以创建省级文明城市为抓手', false], // no enumerator: a clause of running text
    ['(一)创建省级文明城市', false], // a numbered pledge, not a framing
    ['(一)以创建省级文明城市为抓手推动发展', false],
  ])('%s → %s', (clause, want) => expect(isFramingHeading(clause)).toBe(want))
})

describe('a framing heading in a plan', () => {
  it('is not read as a qualitative pledge', () => {
    const text = '某某区2031年重点工作\n(一)以创建国家高新区为抓手,更大力度推动科技创新\n全年新增高新技术企业20家。'
    const got = extract(text, { date: '2031-02-01' }).commitments
    expect(got.some((c) => c.quote.includes('为抓手'))).toBe(false)
    expect(got.some((c) => c.value === 20)).toBe(true)
  })
})
