import { describe, expect, it } from 'vitest'
import { withoutPassingMentions } from './passing-places'
import { scanPlaces } from './places'

const kept = (s: string) => withoutPassingMentions(s, scanPlaces(s)).map((h) => s.slice(h.start, h.end))

describe('withoutPassingMentions', () => {
  it.each([
    ['与杭州市持续深化帮扶合作,落实资金3亿元', []],
    ['同苏州市开展对口协作', []],
    ['组织企业赴深圳市考察', []],
    ['对口支援和田县建设', []],
    ['于东区-2内增加1间长者日间中心', []],
    // a pair of subjects, not a partner: 与 without a word of partnership after the name
    ['海淀区与朝阳区签署协议', ['海淀区', '朝阳区']],
    ['杭州市地区生产总值增长6%', ['杭州市']],
    ['东区两个项目开工', ['东区']],
  ])('%s → %j', (s, names) => expect(kept(s)).toEqual(names))
})
