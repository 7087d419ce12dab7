import { describe, expect, it } from 'vitest'
import { governmentOf, reportSpeaker, speaksAsGovernment } from './issuing-body'

describe('reportSpeaker', () => {
  it.each([
    ['政府工作报告\n县委副书记、县长 艾买提·吐尔逊\n(2031年1月6日)', { person: '艾买提·吐尔逊', department: null }],
    ['某某镇人民政府镇长 王 刚\n各位代表:\n现在,我代表某某镇人民政府向大会作政府工作报告', { person: '王刚', department: '某某镇人民政府' }],
    ['州人民政府代理州长 李明华\n\n各位代表:', { person: '李明华', department: null }],
    ['会议14日开幕。省长张卫国代表河北省人民政府向大会报告工作,他指出', { person: '张卫国', department: '河北省人民政府' }],
    ['现在,我代表县人民政府向大会报告政府工作', null],
    ['各位代表:今年全县新建学校3所', null],
  ])('%s', (opening, want) => expect(reportSpeaker(opening)).toEqual(want))
})

describe('speaksAsGovernment and governmentOf', () => {
  it.each([
    ['日前,区委、区政府全面启动2031年惠民工程', true],
    ['在市人民代表大会上,《政府工作报告》提出', true],
    ['记者从市交通委获悉', false],
    ['按照市委、市政府统一部署,某某县举办集中动工活动', false],
  ])('%s → %s', (text, want) => expect(speaksAsGovernment(text)).toBe(want))

  it('writes an autonomous prefecture government as the text does', () => {
    expect(governmentOf('红河哈尼族彝族自治州', '红河州人民政府工作报告')).toBe('红河州人民政府')
    expect(governmentOf('红河哈尼族彝族自治州', '自治州人民政府')).toBe('红河哈尼族彝族自治州人民政府')
    expect(governmentOf('某某县', '')).toBe('某某县人民政府')
  })
})
