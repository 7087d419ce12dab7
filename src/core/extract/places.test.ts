import { describe, expect, it } from 'vitest'
import { ALIASES, gazetteer } from './gazetteer'
import { cityContext, ownerOf, scanPlaces } from './places'

function owners(text: string): string[] {
  const hits = scanPlaces(text)
  const ctx = cityContext(text, hits)
  return hits.map((h) => ownerOf(h, ctx)?.owner ?? '?')
}

describe('gazetteer and places', () => {
  it('covers provinces, cities, counties and towns nationwide', () => {
    const g = gazetteer()
    expect(g.byName.get('湖北省')?.[0].level).toBe('province')
    expect(g.byName.get('新乡市')?.[0].level).toBe('city')
    expect(g.byName.get('孟津区')?.[0].city).toBe('洛阳市')
    expect((g.byName.get('朝阳镇') ?? []).length).toBeGreaterThan(5)
  })

  it('applies the alias table for renamed divisions', () => {
    expect(ALIASES['偃师市']).toBe('偃师区')
    const g = gazetteer()
    expect(g.byName.get('孟津县')?.[0].owner).toBe('孟津区')
  })

  it.each([
    ['洛阳市孟津区朝阳镇', ['洛阳市', '孟津区', '孟津区']],
    ['洛阳日报讯 洛阳市朝阳镇召开会议', ['洛阳市', '孟津区']],
    ['房县与保康县比', ['房县', '保康县']],
    ['大田县建设镇', ['大田县', '大田县']],
    // 区域 / 县道 are words, not the divisions 古城区 or 道县
    ['大同市古城区域', ['大同市']],
    ['国道省道县道路域环境整治', []],
  ])('%s → %j', (text, expected) => expect(owners(text)).toEqual(expected))

  it('finds the page city from short names and districts', () => {
    const text = '洛阳日报 洛龙区 西工区 老城区 新乡'
    expect(cityContext(text, scanPlaces(text)).city).toBe('洛阳市')
  })

  it('marks a provincial text', () => {
    const text = '湖北省 全省生产总值增长 全省'
    const ctx = cityContext(text, scanPlaces(text))
    expect(ctx.province).toBe('湖北省')
    expect(ctx.provincial).toBe(true)
  })
})

describe('city context ignores publishers and counts 该省', () => {
  it.each([
    // the paper's home city before 新闻网/日报 does not vote: the dateline's city and the province do
    ['齐齐哈尔新闻网昆明9月14日电 记者从云南省人民政府获悉,该省实施三年行动,到2025年全省接待游客', '昆明市', '云南省', true],
    ['洛阳日报讯 新乡市今年将新建学校', '新乡市', '河南省', false],
    ['本报讯 该省今年接待游客增长,云南省旅游总花费', null, '云南省', true],
  ])('%s', (text, city, province, provincial) => {
    const ctx = cityContext(text, scanPlaces(text))
    expect(ctx).toEqual({ city, province, provincial })
  })
})

// invented sentences: words that hold a place name without naming it
describe('names inside other words', () => {
  const ctxOf = (text: string) => cityContext(text, scanPlaces(text))
  it('都市圈 is no city ending in 都市, and a short name inside the one read before does not vote', () => {
    // 宜昌都市圈 holds 昌都市 and the short name 昌都; the page is about 宜昌
    expect(ctxOf('融入宜昌都市圈,服务宜昌发展大局').city).toBe('宜昌市')
    // 西安康养 holds the short name 安康 right after 西安
    expect(ctxOf('推动西安康养产业发展').city).toBe('西安市')
  })
  it('示范县 is a title, not the county 范县', () => {
    expect(scanPlaces('争创全国示范县').map((h) => h.candidates[0].name)).toEqual([])
  })
})
