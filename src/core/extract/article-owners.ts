// Articles with their default owners: an interview header's body and person, a headline naming a
// place (朝阳镇:), a dateline's titled person (市长徐衣显), else the most mentioned district.
import type { ExtractedArticle } from '../model/types'
import { splitArticles } from './articles'
import { departmentDistrict, findPerson, parseInterviewHeader } from './owners'
import { ownerOf, scanPlaces, type CityContext, type PlaceHit } from './places'

export interface ArticleInfo extends ExtractedArticle {
  /** view offsets of the article */
  vstart: number
  vend: number
}

/** Most mentioned owner among place hits (ties → first mentioned). */
export function dominantOwner(hits: PlaceHit[], ctx: CityContext): string | null {
  const counts = new Map<string, number>()
  for (const h of hits) {
    const p = ownerOf(h, ctx)
    if (!p || p.level === 'province') continue
    counts.set(p.owner, (counts.get(p.owner) ?? 0) + 1)
  }
  let best: string | null = null
  let n = 0
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v]
  return best
}

const CITY_TITLES: Record<string, string> = { 市长: '市政府', 副市长: '市政府', 常务副市长: '市政府', 省长: '省政府', 副省长: '省政府' }

export function buildArticles(
  norm: string,
  ctx: CityContext,
  viewHits: PlaceHit[],
  toView: (orig: number) => number,
): ArticleInfo[] {
  const fallback = ctx.provincial ? ctx.province : (ctx.city ?? ctx.province)
  return splitArticles(norm).map((a) => {
    const vstart = toView(a.start)
    const vend = toView(a.end)
    let district: string | null = null
    let department: string | null = null
    let person: string | null = null
    const header = a.interview ? parseInterviewHeader(a.interview, ctx) : null
    if (header) ({ district, department, person } = header)
    if (!district) {
      // a headline that names a place (朝阳镇: / …与孟津区签署…)
      const heads = [a.title, a.subtitle ?? ''].join(' ')
      district = dominantOwner(scanPlaces(heads), ctx)
      const label = /^([\u4e00-\u9fa5]{2,8}(?:镇|乡|街道|区|县)):/.exec(a.title) ?? /^([\u4e00-\u9fa5]{2,8}(?:镇|乡|街道|区|县)):/.exec(a.subtitle ?? '')
      if (label && !department) department = label[1]
    }
    if (!person && a.lead) {
      const p = findPerson(a.lead)
      if (p && p.index < 50) {
        person = p.name
        if (!department && CITY_TITLES[p.title]) department = CITY_TITLES[p.title]
      }
    }
    if (!district) district = dominantOwner(viewHits.filter((h) => h.start >= vstart && h.end <= vend), ctx)
    if (!district && department) district = departmentDistrict(department, ctx)
    if (!district) district = fallback
    return {
      title: a.title,
      start: a.start,
      end: a.end,
      subtitle: a.subtitle,
      byline: a.byline,
      district,
      department,
      person,
      vstart,
      vend,
    }
  })
}
