import { describe, expect, it } from 'vitest'
import { zoneActor } from './zone-actor'

describe('zoneActor', () => {
  it.each([
    ['今年,合肥经开区将突出产业功能,建设新城', '合肥经济技术开发区'],
    ['。沈阳高新区要加快建设', '沈阳高新技术产业开发区'],
    [',廊坊经济技术开发区管委会将全力推进', '廊坊经济技术开发区'],
    // named in passing, not acting
    ['依托合肥经开区的产业基础,全市将', null],
    ['全市新增项目12个', null],
  ])('%s → %s', (s, want) => expect(zoneActor(s)).toBe(want))
})
