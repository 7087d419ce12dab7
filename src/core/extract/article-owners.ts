// Articles with their default owners: an interview header's body and person, a headline naming a
// place (朝阳镇:), a dateline's titled person (市长徐衣显), else the most mentioned district.
import type { ExtractedArticle } from '../model/types'
import { splitArticles } from './articles'
import { dominantDepartment, fullDepartment, leadOwner } from './departments'
import { departmentDistrict, findPerson, parseInterviewHeader } from './owners'
import { ownerOf, scanPlaces, type CityContext, type PlaceHit } from './places'
import { governmentOf, reportSpeaker, speaksAsGovernment } from './issuing-body'
import { prefectureOverCounty } from './prefecture-over-county'
import { deliveredByBarePrefecture } from './prefecture-self'
import { speakingGovernment, speaksAsCounty } from './self-county'
import { sectionCounty } from './section-county'
import { closeSpacedWords } from './spaced-words'
import { specialRegion } from './special-region'
import { speakingOfficialBody } from './speaking-official'
import { stemOwner } from './stem-owner'
import { zoneActor } from './zone-actor'
import { openingIssuer, titleIssuer } from './title-issuer'

export interface ArticleInfo extends ExtractedArticle {
  /** view offsets of the article */
  vstart: number
  vend: number
}

/** Most mentioned owner among place hits (ties → first mentioned). */
export function dominantOwner(hits: PlaceHit[], ctx: CityContext): string | null {
  return dominant(hits, ctx)[0]
}

function dominant(hits: PlaceHit[], ctx: CityContext): [string | null, number] {
  const counts = new Map<string, number>()
  for (const h of hits) {
    const p = ownerOf(h, ctx)
    if (!p || p.level === 'province') continue
    counts.set(p.owner, (counts.get(p.owner) ?? 0) + 1)
  }
  let best: string | null = null
  let n = 0
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v]
  return [best, n]
}


/** Hits inside [a, b), found by binary search (hits are sorted by start). */
function hitsWithin(hits: PlaceHit[], a: number, b: number): PlaceHit[] {
  let lo = 0
  let hi = hits.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (hits[mid].start < a) lo = mid + 1
    else hi = mid
  }
  const out: PlaceHit[] = []
  for (let k = lo; k < hits.length && hits[k].end <= b; k++) out.push(hits[k])
  return out
}

/**
 * How often an article names its province (full or short name) or speaks of it whole (全省, and
 * 全区 / 全市 for an autonomous region / municipality): a city named twice in a footer address
 * does not outweigh it.
 */
export function provinceMentions(s: string, province: string | null): number {
  if (!province) return 0
  const short = province.replace(/(?:壮族|回族|维吾尔)?自治区$|[省市]$/, '')
  const whole = province.endsWith('自治区') ? '全区' : province.endsWith('市') ? '全市' : '全省'
  let n = 0
  for (const w of new Set([short, whole])) for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length)) n++
  return n
}

const STEM_SPAN = 3000

const DATELINE_WORD = /^(?:本报讯|[\u4e00-\u9fa5]{2,6}讯)\s*/

const CITY_TITLES: Record<string, string> = { 市长: '市政府', 副市长: '市政府', 常务副市长: '市政府', 省长: '省政府', 副省长: '省政府' }

export function buildArticles(
  norm: string,
  ctx: CityContext,
  viewHits: PlaceHit[],
  toView: (orig: number) => number,
  text: string = norm,
): ArticleInfo[] {
  // titles are shown as written (traditional stays traditional): normalisation keeps offsets
  const asWritten = (s: string | null, from: number, to: number): string | null => {
    if (s === null || text === norm) return s
    // search inside the article only: a miss must not scan the rest of the page
    const at = norm.slice(from, to).indexOf(s)
    return at >= 0 ? text.slice(from + at, from + at + s.length) : s
  }
  const fallback = ctx.provincial ? ctx.province : (ctx.city ?? ctx.province)
  return splitArticles(norm).map((a) => {
    const vstart = toView(a.start)
    const vend = toView(a.end)
    let district: string | null = null
    let department: string | null = null
    let person: string | null = null
    const header = a.interview ? parseInterviewHeader(a.interview, ctx) : null
    if (header) ({ district, department, person } = header)
    // the government that delivers a work report (我代表某区人民政府…) owns it, even if its city is named more
    const opening = norm.slice(a.start, Math.min(a.end, a.start + 300))
    if (!district) district = dominantOwner(scanPlaces(speakingGovernment(opening) ?? ''), ctx)
    if (!district && ctx.city && !ctx.provincial && deliveredByBarePrefecture(opening)) district = ctx.city
    // a provincial report speaks for the province unless it keeps naming one place below it
    if (!district && ctx.provincial) {
      const [best, n] = dominant(hitsWithin(viewHits, vstart, vend), ctx)
      district = best && n >= 2 && n > provinceMentions(norm.slice(a.start, a.end), ctx.province) ? best : ctx.province
    }
    if (!district) {
      // a headline that names a place (朝阳镇: / …与孟津区签署…)
      const heads = [a.title, a.subtitle ?? ''].join(' ')
      // a department issuing the text under its own name (某县交通运输局…) speaks for its place
      const issuer = titleIssuer(a.title, null)
      district = (issuer && departmentDistrict(issuer, ctx)) || dominantOwner(scanPlaces(heads), ctx)
      // a headline opening with a town (朝阳镇: / 建设镇提前完成…) makes the town the acting body
      for (const raw of [a.title, ...(a.subtitle ?? '').split(' ')]) {
        // after a dateline word (本报讯 大田县建设镇…), and after the town's own county
        const line = raw.replace(DATELINE_WORD, '')
        let at = 0
        for (const h of scanPlaces(line.slice(0, 16))) {
          if (h.start !== at || department) continue
          if (h.candidates.some((p) => p.level === 'town')) department = line.slice(h.start, h.end)
          else at = h.end
        }
      }
    }
    if (!person && a.lead) {
      const p = findPerson(a.lead)
      if (p && p.index < 50) {
        person = p.name
        if (!department && CITY_TITLES[p.title]) department = CITY_TITLES[p.title]
      }
    }
    let selfUnnamed = false
    if (!district) {
      const inArticle = hitsWithin(viewHits, vstart, vend)
      const [best, n] = dominant(inArticle, ctx)
      const areas = new Set(inArticle.map((h) => ownerOf(h, ctx)).filter((p) => p && p.level !== 'province' && p.level !== 'city').map((p) => p!.owner))
      const uniqueArea = areas.size === 1
      // a county speaking of itself ("全县…") while naming others only in passing: its name is unknown
      if (best && n < 2 && !uniqueArea && speaksAsCounty(norm.slice(a.start, a.end), ctx.province)) selfUnnamed = true
      else if (best && prefectureOverCounty(norm.slice(a.start, a.end), best, n, ctx.city)) district = ctx.city
      else district = best
    }
    if (!district && department) district = departmentDistrict(department, ctx)
    const asCounty = !district && (selfUnnamed || speaksAsCounty(norm.slice(a.start, a.end), ctx.province))
    // a county that never names itself may name its road sections (…公路(某县段)): one county, if unambiguous
    if (asCounty) district = sectionCounty(norm.slice(a.start, a.end), ctx.province)
    // a county named only by its stem or through its towns (山水某某, 某某坨源水泵站)
    // (read in the article's opening only: a probe per character costs more than the clause pass)
    if (!district && !ctx.city) district = stemOwner(norm.slice(a.start, Math.min(a.end, a.start + STEM_SPAN)), ctx.province)
    // 澳门 / 香港: not in the gazetteer, owned by the region and its government
    const region = district ? null : specialRegion(norm.slice(a.start, a.end))
    if (region) district = region.district
    if (!district && !asCounty) district = fallback
    // the body the opening names (政府工作报告 → the place's 人民政府, 来源:县统计局, 从…获悉)
    // read with a title page's spaced words closed (政 府 工 作 报 告, 县 长 某某)
    const tight = header ? opening : closeSpacedWords(opening)
    const lead = header ? null : leadOwner(a.title + ' ' + (a.subtitle ?? ''), tight)
    if (lead) {
      if (lead.government && district && (!department || department.endsWith('政府'))) department = district + '人民政府'
      else if (lead.department && !department) department = lead.department
      if (lead.person) person = lead.person
    }
    // the head of government under the title (县长 某某·某某) and the government delivering the report
    const speaker = header ? null : reportSpeaker(tight)
    if (speaker?.person && !person) person = speaker.person
    if (speaker?.department && (!department || !department.endsWith('政府'))) department = speaker.department
    if (department && district && department === district + '人民政府') department = governmentOf(district, norm.slice(a.start, a.end))
    // the article's own text: a page of many articles is read once, not once per article
    const place = { district, city: ctx.city, province: ctx.province, text: norm.slice(a.start, a.end) }
    if (!department) department = openingIssuer(a.title, opening, district)
    if (department) department = fullDepartment(department, place)
    else department = dominantDepartment(place.text, place)
    // a development zone acting as the subject (今年,某某经开区将…) owns its city's text through its 管委会
    const zone = district === null || district === ctx.city ? zoneActor(place.text) : null
    if (zone) [district, department] = [zone, department ?? zone + '管委会']
    // the region's government keeps its name (特别行政区政府, no 人民政府)
    if (region && (!department || department === region.district + '人民政府')) department = region.department
    // a department's official presenting the figures (某委主任某某介绍)
    if (!department) department = speakingOfficialBody(place.text)
    // a text in the government's own voice that names no other body (政府工作报告, 区委、区政府…)
    if (!department && district && speaksAsGovernment(place.text)) department = governmentOf(district, place.text)
    return {
      title: asWritten(a.title, a.start, a.end) ?? a.title,
      start: a.start,
      end: a.end,
      subtitle: asWritten(a.subtitle, a.start, a.end),
      byline: asWritten(a.byline, a.start, a.end),
      district,
      department,
      person,
      vstart,
      vend,
    }
  })
}
