import { describe, expect, it } from 'vitest'
import { sectionDistrict } from './sections'

const chongqing = { city: '重庆市', province: '重庆市', provincial: false }
const luoyang = { city: '洛阳市', province: '河南省', provincial: false }

describe('sectionDistrict', () => {
  it.each([
    ['渝中', chongqing, '渝中区'],
    ['沙坪坝', chongqing, '沙坪坝区'],
    [' 渝中区 ', chongqing, '渝中区'],
    ['老城', luoyang, '老城区'],
    ['渝中', luoyang, null], // another city's district: a short word, not this page's place
    ['打造“三片一带”', chongqing, null],
    ['开工一批重大项目', chongqing, null],
    ['', chongqing, null],
  ])('%s → %s', (line, ctx, owner) => expect(sectionDistrict(line, ctx)).toBe(owner))
})
