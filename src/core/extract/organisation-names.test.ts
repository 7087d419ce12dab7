import { describe, expect, it } from 'vitest'
import { opensOrganisation } from './organisation-names'
import { cityContext, scanPlaces } from './places'

describe('opensOrganisation', () => {
  it.each([
    ['日报讯 记者', true],
    ['报业集团旗下媒体', true],
    ['天然气公司作为备用气源', true],
    ['银行某某分行', true],
    ['农垦报 |返回首页', true],
    ['卫生健康职业学院分校', true],
    ['报告指出', false],
    ['今年新建学校', false],
    ['各市县锚定新目标', false],
  ])('%s → %s', (after, want) => expect(opensOrganisation(after)).toBe(want))
})

describe('organisations do not vote for the page city or province', () => {
  it.each([
    // invented: a county plan buying gas from a city firm is not that city's plan
    ['引进洛阳天然气公司作为备用气源,全县新建学校3所。', null],
    // invented: an e-paper header naming the provincial paper group many times
    ['湖北日报报业集团旗下媒体: 湖北日报 |湖北网 返回首页\n在某某市人民代表大会上,今年新增就业5000人。', null],
  ])('%s → city %s', (text, city) => {
    const ctx = cityContext(text, scanPlaces(text))
    expect(ctx.city).toBe(city)
    expect(ctx.provincial).toBe(false)
  })
})
