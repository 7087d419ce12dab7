// District above the county (H8 tuning): the province owns a province-wide text, towns are no
// evidence of the page's place, list items answer for their own place. Sentences are invented.
import { describe, expect, it } from 'vitest'
import { provinceMentions } from './article-owners'
import { extract } from './pipeline'
import { cityContext, ownerOf, scanPlaces } from './places'
import { listItem, zoneActor } from './clause-owner'

const ctxOf = (text: string) => cityContext(text, scanPlaces(text))

describe('city context above the county', () => {
  it.each([
    // named far more often than any city, no 全县: the province speaks
    ['山西经济稳中向好。山西今年要抓项目,山西省省长表示,山西将支持大同发展。', '山西省', null, true],
    // an autonomous region's 全区 is the region, and 其中城镇 is not the town 中城镇
    ['内蒙古自治区统计局发布,全区常住人口2400万人,其中城镇人口1600万人。内蒙古自治区', '内蒙古自治区', null, true],
    // a municipality text naming 河北唐山 once: the municipality, not the neighbouring city
    ['重庆市今年:与河北唐山合作;重庆将推进项目。重庆', '重庆市', null, true],
    // a county report naming its province: still the county's text
    ['某县统计公报 全县生产总值增长5%,四川省 四川 四川 四川 全县', '四川省', null, false],
  ])('%s → %s', (text, province, city, provincial) => {
    const ctx = ctxOf(text)
    expect(ctx.province).toBe(province)
    if (city !== null) expect(ctx.city).toBe(city)
    expect(ctx.provincial).toBe(provincial)
  })

  it('towns outside the province and zone kinds shared by several towns own nothing', () => {
    const text = '河北省 河北 河北 推进综合保税区建设,建设经济技术开发区'
    const ctx = ctxOf(text)
    for (const h of scanPlaces(text)) {
      const p = ownerOf(h, ctx)
      if (p) expect(p.level === 'province' || p.province === '河北省').toBe(true)
    }
  })
})

describe('provinceMentions', () => {
  it.each([
    ['辽宁省 辽宁 全省', '辽宁省', 3],
    ['全区 宁夏 全省', '宁夏回族自治区', 2],
    ['全市 北京 北京', '北京市', 3],
    ['没有', '湖南省', 0],
    ['湖南', null, 0],
  ])('%s in %s → %d', (s, p, n) => expect(provinceMentions(s, p)).toBe(n))
})

describe('list items own their figure', () => {
  const ctx = { city: null, province: '吉林省', provincial: true }
  it.each([
    ['其中,长春市120个、吉林市80个', '吉林市80个', '吉林市'],
    ['其中,长春市120个、吉林市80个', '长春市120个', '长春市'],
    ['长春市120个、某某示范区9个', '某某示范区9个', '某某示范区'],
    ['长春市120个、省直7个', '省直7个', '吉林省'],
  ])('%s: %s → %s', (clause, item, district) => {
    const at = clause.indexOf(item)
    const fig = at + item.search(/\d/)
    expect(listItem({ ctx }, clause, fig)).toEqual({ district, from: at })
  })
  it.each([
    ['长春市新建项目120个', 9],
    ['其中、扩大投资120个', 7],
  ])('%s: no list place → null', (clause, at) => expect(listItem({ ctx }, clause, at)).toBeNull())
})

describe('whole texts', () => {
  it('a province-wide report with a footer city address is the province', () => {
    const text = '吉林一季度新开工项目\n\n今年一季度,吉林共有500个项目开工,总投资900亿元。预计全年全省开工项目1200个。\n\n地址:吉林省长春市某路1号 长春市'
    const r = extract(text, { date: '2021-04-01' })
    expect(r.commitments.length).toBeGreaterThan(0)
    for (const c of r.commitments) expect(c.district).toBe('吉林省')
  })
  it('a municipality digest: a short district heading owns its lines, the first one too', () => {
    const text = '北京市各区2016年计划\n朝阳\n今年朝阳要新建公园10个;\n海淀\n海淀今年建设保障房2000套。\n'
    const r = extract(text, { date: '2016-01-18' })
    const by = Object.fromEntries(r.commitments.map((c) => [c.value, c.district]))
    expect(by[10]).toBe('朝阳区')
    expect(by[2000]).toBe('海淀区')
  })
})

describe('a functional zone opening the clause is its actor', () => {
  it.each([
    ['某某经济技术开发区向园区派驻干部50名', '某某经济技术开发区'],
    ['某某高新区完成投资增长12%', '某某高新区'],
    ['唐山临空经济区完成投资增长20%', '唐山市'],
    ['全市完成投资增长20%', null],
  ])('%s → %s', (clause, zone) => expect(zoneActor(clause)).toBe(zone))
})
