// A text that never names its county in full may still name it: by the county's stem (交城 of
// 交城县 in 山水交城) or through its towns inside facility names (某某坨源水泵站 for 某某坨镇). Used
// only when nothing else gives the article an owner, and only where the gazetteer allows one county
// for the stem: a stem shared by counties or towns of different counties is no evidence.
import { gazetteer, pairKey } from './gazetteer'

type StemIndex = Map<number, Array<[string, string | null]>>

let index: StemIndex | null = null

function addStem(stems: Map<string, string | null>, stem: string, owner: string, province: string): void {
  const key = stem
  const prev = stems.get(key)
  const val = owner + '|' + province
  if (prev === undefined) stems.set(key, val)
  else if (prev !== val) stems.set(key, null)
}

function buildIndex(): StemIndex {
  const g = gazetteer()
  const stems = new Map<string, string | null>()
  for (const [name, places] of g.byName) {
    for (const p of places) {
      if (p.name !== name) continue
      // a county (县 / 旗, or a county-level city) by its stem of two or more characters
      if (p.level === 'area' && /[县旗]$/.test(name) && name.length >= 3) addStem(stems, name.slice(0, -1), p.owner, p.province)
      else if (p.level === 'area' && name.endsWith('市') && name.length >= 3) addStem(stems, name.slice(0, -1), p.owner, p.province)
      // a town by a stem of three or more characters (shorter stems are words: 城关, 新华)
      else if (p.level === 'town' && /[镇乡]$/.test(name) && name.length >= 4) addStem(stems, name.slice(0, -1), p.owner, p.province)
    }
  }
  // a stem that is itself some division's full name or a prefecture's or province's short name is no evidence of a county
  for (const s of stems.keys()) if (g.byName.has(s) || g.cityShort.has(s) || g.provinceShort.has(s)) stems.set(s, null)
  const idx: StemIndex = new Map()
  for (const [s, v] of stems) {
    if (v === null) continue
    const k = pairKey(s.charCodeAt(0), s.charCodeAt(1))
    const l = idx.get(k)
    if (l) l.push([s, v])
    else idx.set(k, [[s, v]])
  }
  index = idx
  return idx
}

/**
 * The county a text names only through stems: the one with the most distinct stems (two of its
 * towns outweigh one county stem said twice, as 惠民 of 惠民工程 is), then the most mentions; at
 * least two mentions, in the given province if known, and no other county as strong.
 */
export function stemOwner(text: string, province: string | null): string | null {
  const idx = index ?? buildIndex()
  const seen = new Map<string, Set<string>>()
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < text.length; i++) {
    const list = idx.get(pairKey(text.charCodeAt(i), text.charCodeAt(i + 1)))
    if (!list) continue
    for (const [s, v] of list) {
      if (v === null || !text.startsWith(s, i)) continue
      const bar = v.indexOf('|')
      if (province !== null && v.slice(bar + 1) !== province) continue
      const owner = v.slice(0, bar)
      counts.set(owner, (counts.get(owner) ?? 0) + 1)
      const stems = seen.get(owner)
      if (stems) stems.add(s)
      else seen.set(owner, new Set([s]))
    }
  }
  // distinct stems first, mentions second: one number that orders both
  const score = (owner: string) => seen.get(owner)!.size * 1000 + counts.get(owner)!
  let best: string | null = null
  let top = 0
  let second = 0
  for (const owner of counts.keys()) {
    const sc = score(owner)
    if (sc > top) {
      second = top
      ;[best, top] = [owner, sc]
    } else if (sc > second) second = sc
  }
  return best !== null && counts.get(best)! >= 2 && top > second ? best : null
}
