import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'
import { stemOwner } from './stem-owner'

describe('stemOwner', () => {
  it.each([
    // invented: a county named only by its stem, twice
    ['打造“山水蓝田、康养一夏”品牌,启动蓝田山森林康养', null, '蓝田县'],
    ['打造“山水蓝田、康养一夏”品牌,启动蓝田山森林康养', '陕西省', '蓝田县'],
    ['打造“山水蓝田、康养一夏”品牌,启动蓝田山森林康养', '河南省', null],
    // two towns of one district outweigh a county stem read twice inside a word (惠民 of 惠民工程)
    ['惠民工程共20项,惠民工程实施黄壁庄源水泵站和山尹村第二配水厂', null, '鹿泉区'],
    // one mention is not enough
    ['启动蓝田山森林康养', null, null],
    ['全县新建学校3所', null, null],
  ])('%s (%s) → %s', (text, province, want) => expect(stemOwner(text, province)).toBe(want))
})

describe('a district text naming only its towns inside facility names', () => {
  it('invented: two towns of one district give the district', () => {
    const text = '本报讯 今年全区惠民工程共20项。实施黄壁庄源水泵站和山尹村第二配水厂建设工程,新建学校3所。'
    const got = extract(text, { date: '2031-03-01' }).commitments.filter((c) => c.value !== null)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.district).toBe('鹿泉区')
  })
})
