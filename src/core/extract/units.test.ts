import { describe, expect, it } from 'vitest'
import { readUnit } from './units'

describe('readUnit', () => {
  it.each([
    ['人次现场', '人次'],
    ['元', '元'],
    ['个百分点', '个百分点'],
    ['%', '%'],
    ['平方公里的', '平方公里'],
    ['公里', '公里'],
    ['千瓦', '千瓦'],
    ['亩', '亩'],
    ['名教职工', '名'],
    ['所中小学', '所'],
    ['门校本课程', '门'],
    ['‰以内', '‰'],
    [' 元', '元'],
    ['人民币', '元'],
    ['宗', '宗'],
    ['天增长', '天'],
  ])('%s → %s', (s, u) => expect(readUnit(s, 0)?.unit).toBe(u))

  it.each([['个月'], ['次全会'], ['人民'], ['年'], ['届'], ['名单'], ['个位次'], ['次产业'], ['天内']])('%s is not a unit here', (s) => {
    expect(readUnit(s, 0)).toBeNull()
  })
})
