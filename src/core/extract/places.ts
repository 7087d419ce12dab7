// Finds administrative place names in the analysis view in one pass: lookups are triggered only
// at characters that can end a division name (省市区县镇乡道旗盟州), so the scan stays linear.
import { gazetteer, pairKey, resolvePlace, tailKey, type Place } from './gazetteer'
import { maybeGenericOffice } from './generic-office'
import { organisationAt } from './organisation-names'
import { speaksAsPrefecture } from './prefecture-self'

export interface PlaceHit {
  start: number
  end: number
  candidates: Place[]
}

const SUFFIX = new Uint8Array(65536)
for (const ch of '省市区县镇乡道旗盟州') SUFFIX[ch.charCodeAt(0)] = 1
// "城区"/"新区"-like two-character names are common words; only longer names count on their own.
const MIN_LEN = 3
const QU = '区'.charCodeAt(0)
const AFTER_QU = '域'.charCodeAt(0)
const DAO = '道'.charCodeAt(0)
const SHI_CODE = '市'.charCodeAt(0)
const QUAN_RING = '圈'.charCodeAt(0)
const SHI_FAN = '示'.charCodeAt(0)

export function scanPlaces(view: string, from = 0, to = view.length): PlaceHit[] {
  const g = gazetteer()
  const out: PlaceHit[] = []
  for (let i = from; i < to; i++) {
    if (SUFFIX[view.charCodeAt(i)] !== 1) continue
    if (i === from) continue
    // 区域, 县道/省道/乡道: the suffix starts another word, not a division name (古城区域, 省道县道)
    const nx = view.charCodeAt(i + 1)
    if (nx === AFTER_QU && view.charCodeAt(i) === QU) continue
    if (nx === DAO && view.charCodeAt(i) !== DAO) continue
    // 都市圈 / 城市圈: 市 ends the word 都市, not a division name (南昌都市圈 is not 昌都市)
    if (nx === QUAN_RING && view.charCodeAt(i) === SHI_CODE) continue
    // only the lengths some name ending in these two characters has: most probes never slice
    const lens = g.tailLens.get(tailKey(view, i))
    if (lens === undefined) continue
    const maxLen = Math.min(g.maxLen, i + 1 - from)
    for (let len = maxLen; len >= 2; len--) {
      if ((lens & (1 << len)) === 0) continue
      const name = view.slice(i + 1 - len, i + 1)
      const c = g.byName.get(name)
      // 示范县 / 示范区 (a title: 全国示范县) is no county 范县
      if (c && len === 2 && view.charCodeAt(i - 2) === SHI_FAN) break
      if (c) {
        out.push({ start: i + 1 - len, end: i + 1, candidates: c })
        break
      }
    }
  }
  return out
}

export interface CityContext {
  city: string | null
  province: string | null
  /** the text speaks for a whole province (全省 used more than 全市) */
  provincial: boolean
}

/** Finds the page's city: the most mentioned prefecture (full or short name, or via its districts). */
export function cityContext(view: string, hits: PlaceHit[]): CityContext {
  const g = gazetteer()
  const cityVotes = new Map<string, number>()
  const provVotes = new Map<string, number>()
  const vote = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n)
  for (const h of hits) {
    if (h.candidates.length !== 1) continue
    const p = h.candidates[0]
    // a town name alone is too weak a sign of the page's place (其中城镇… reads 中城镇, 临空经济区 is
    // a town in one province and a zone's kind in every other): towns never vote
    if (p.level === 'town') continue
    if (maybeGenericOffice(view, h.start, h.end)) continue
    if (p.level === 'province') vote(provVotes, p.province, 2)
    else {
      vote(provVotes, p.province)
      if (p.city !== p.province) vote(cityVotes, p.city, p.level === 'city' ? 2 : 1)
    }
  }
  // short names (洛阳, 湖北): index by first character for a cheap scan
  const firsts = shortIndex(g.cityShort)
  const pfirsts = shortIndex(g.provinceShort)
  let quanSheng = 0
  let quanShi = 0
  const QUAN = '全'.charCodeAt(0)
  const SHENG = '省'.charCodeAt(0)
  const SHI = '市'.charCodeAt(0)
  const GAI = '该'.charCodeAt(0)
  const flags = firstFlags()
  let shortEnd = 0
  const seconds = secondFlags()
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i)
    if (flags[c] === 0) continue
    if (c === QUAN || c === GAI) {
      // 全省 / 该省 (the province spoken of as a whole) against 全市 / 该市
      const n = view.charCodeAt(i + 1)
      if (n === SHENG) quanSheng++
      else if (n === SHI) quanShi++
    }
    // short names are looked up by their first two characters (one Map probe, no list walk)
    const next = view.charCodeAt(i + 1)
    if (seconds[next] === 0) continue
    const key = pairKey(c, next)
    const list = firsts.get(key)
    // a publisher's name (齐齐哈尔新闻网昆明9月14日电) says where the paper is, not what the text is about
    // a short name inside the one just read does not count (南昌都市圈 names 南昌, not 昌都)
    if (list && i >= shortEnd) {
      for (const [s, full] of list) {
        if (view.startsWith(s, i) && !organisationAt(view, i + s.length)) {
          vote(cityVotes, full)
          shortEnd = i + s.length
        }
      }
    }
    const plist = pfirsts.get(key)
    if (plist) for (const [s, full] of plist) if (view.startsWith(s, i) && !organisationAt(view, i + s.length)) vote(provVotes, full)
  }
  const best = (m: Map<string, number>) => {
    let k: string | null = null
    let v = 0
    for (const [key, n] of m) if (n > v) [k, v] = [key, n]
    return k
  }
  let city = best(cityVotes)
  const topProvince = best(provVotes)
  const cityProvince = city ? (g.cityByName.get(city)?.province ?? null) : null
  let province = cityProvince ?? topProvince
  // a province named more often than the best city's own province wins, and the city must lie in it
  // (a 北京 digest that mentions 河北廊坊 once is not a 廊坊 page)
  if (topProvince && cityProvince && topProvince !== cityProvince && (provVotes.get(topProvince) ?? 0) > (provVotes.get(cityProvince) ?? 0)) {
    province = topProvince
    city = bestWhere(cityVotes, (c) => g.cityByName.get(c)?.province === topProvince)
  }
  // the province spoken of as a whole (全省 / 全区 of an autonomous region / 全市 of a municipality),
  // or named far more often than any city in it (河北 … 河北 … once 廊坊)
  const provVote = province ? (provVotes.get(province) ?? 0) : 0
  const cityVote = city ? (cityVotes.get(city) ?? 0) : 0
  // — unless the text speaks as a county or city of its own (全县, 全市 outside a municipality)
  const municipality = province !== null && province.endsWith('市')
  const speaksBelow = COUNTY_SELF.test(view) || (quanShi > 0 && !municipality)
  const provincial = (quanSheng > quanShi && quanSheng > 0 && !speaksAsPrefecture(view)) || (province !== null && !speaksBelow && provVote >= 4 && provVote >= 2 * cityVote)
  return { city, province, provincial }
}

function bestWhere(m: Map<string, number>, keep: (k: string) => boolean): string | null {
  let k: string | null = null
  let v = 0
  for (const [key, n] of m) if (n > v && keep(key)) [k, v] = [key, n]
  return k
}

const COUNTY_SELF = /[全我本该](?:县|旗)/

// char code → 1 when a short city/province name (or 全, 该) can start there: most chars skip the Maps
let FIRST_FLAGS: Uint8Array | null = null
function firstFlags(): Uint8Array {
  if (FIRST_FLAGS) return FIRST_FLAGS
  const g = gazetteer()
  const f = new Uint8Array(65536)
  for (const k of g.cityShort.keys()) f[k.charCodeAt(0)] = 1
  for (const k of g.provinceShort.keys()) f[k.charCodeAt(0)] = 1
  f['全'.charCodeAt(0)] = 1
  f['该'.charCodeAt(0)] = 1
  FIRST_FLAGS = f
  return f
}

// char code → 1 when it is the second character of a short city/province name
let SECOND_FLAGS: Uint8Array | null = null
function secondFlags(): Uint8Array {
  if (SECOND_FLAGS) return SECOND_FLAGS
  const g = gazetteer()
  const f = new Uint8Array(65536)
  for (const k of g.cityShort.keys()) if (k.length >= 2) f[k.charCodeAt(1)] = 1
  for (const k of g.provinceShort.keys()) if (k.length >= 2) f[k.charCodeAt(1)] = 1
  SECOND_FLAGS = f
  return f
}

const shortCache = new WeakMap<Map<string, string>, Map<number, Array<[string, string]>>>()
function shortIndex(m: Map<string, string>): Map<number, Array<[string, string]>> {
  let idx = shortCache.get(m)
  if (idx) return idx
  idx = new Map()
  for (const [s, full] of m) {
    // keyed by the first two characters: every short name has at least two
    if (s.length < 2) continue
    const k = pairKey(s.charCodeAt(0), s.charCodeAt(1))
    const l = idx.get(k) ?? []
    l.push([s, full])
    idx.set(k, l)
  }
  shortCache.set(m, idx)
  return idx
}

/**
 * The owner (canonical district/county, or city/province) a place hit stands for in this page,
 * or null when the name is ambiguous or a short common word outside the page's area.
 */
export function ownerOf(h: PlaceHit, ctx: CityContext): Place | null {
  const p = h.candidates.length === 1 ? h.candidates[0] : resolveCached(h.candidates, ctx)
  const inContext = (ctx.city !== null && p.city === ctx.city) || (ctx.province !== null && p.province === ctx.province)
  const len = h.end - h.start
  if (p.level === 'province' || p.level === 'city') return p
  // a zone's kind shared by several towns (经济技术开发区) is the tail of a longer zone name
  if (p.level === 'town' && h.candidates.length > 1 && ZONE_KIND.test(p.name)) return null
  if (inContext) return len >= 2 ? p : null
  if (len < MIN_LEN) return null
  // a town outside the page's province is a common word or a zone's kind (临空经济区), not an owner
  if (p.level === 'town' && ctx.province !== null) return null
  if (h.candidates.length > 1) return null
  return p
}

const ZONE_KIND = /(?:开发区|保税区|经济区|园区|示范区)$/

// An ambiguous name (several candidates) resolves the same way for every hit of a page: resolved
// once per candidate list for the page's city and province, not once per mention.
let resolvedFor: { city: string | null; province: string | null } = { city: null, province: null }
let resolved = new Map<Place[], Place>()
function resolveCached(candidates: Place[], ctx: CityContext): Place {
  if (ctx.city !== resolvedFor.city || ctx.province !== resolvedFor.province) {
    resolvedFor = { city: ctx.city, province: ctx.province }
    resolved = new Map()
  }
  let p = resolved.get(candidates)
  if (p === undefined) {
    p = resolvePlace(candidates, ctx.city, ctx.province)
    resolved.set(candidates, p)
  }
  return p
}
