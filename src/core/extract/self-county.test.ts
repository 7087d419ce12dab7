// 全区 in an autonomous region is the region, not an unnamed district (round-3 tuning): invented text.
import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'
import { speakingGovernment, speaksAsCounty } from './self-county'

describe('speaksAsCounty', () => {
  it.each([
    ['全县新建学校3所', '河南省', true],
    ['我区新增就业2000人', '河南省', true],
    ['银川市率先在全区完成改造', '宁夏回族自治区', false],
    ['全县新建学校3所', '宁夏回族自治区', true],
    ['县委县政府部署工作', '河南省', false],
  ])('%s (%s) → %s', (text, province, want) => {
    expect(speaksAsCounty(text, province)).toBe(want)
  })
})

describe('a city of an autonomous region saying 全区 keeps its own name as owner', () => {
  it('the city, not null', () => {
    const text = '政府工作报告指出,今年银川市要率先在全区实现城乡供水一体化。地区生产总值增长7%,新建公交场站5个。'
    const got = extract(text, { date: '2031-01-20' }).commitments.filter((c) => c.value !== null)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.district).toBe('银川市')
  })
})

describe('the government delivering a work report owns it', () => {
  it.each([
    ['现在,我代表某某区人民政府,向大会报告工作。', '某某区'],
    ['现在,我代表区人民政府,向大会报告工作。', null],
    ['各位代表:今年全市新增就业2万人。', null],
  ])('%s → %s', (text, want) => {
    expect(speakingGovernment(text)).toBe(want)
  })

  it('a district of a municipality, named once, beats the municipality named more often', () => {
    const text = '各位代表:\n现在,我代表长宁区人民政府,向大会作政府工作报告。\n2030年,全区新增就业岗位3万个,上海市级重点项目落地12个,全市排名靠前,全市首创。'
    const got = extract(text, { date: '2031-01-08' }).commitments.filter((c) => c.value !== null)
    expect(got.length).toBeGreaterThan(0)
    for (const c of got) expect(c.district).toBe('长宁区')
  })
})
