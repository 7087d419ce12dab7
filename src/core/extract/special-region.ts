// 香港 and 澳门 are not in the mainland gazetteer: a text of either government (特区政府…, 本澳居民)
// is owned by the special administrative region and its government.

interface Region {
  district: string
  department: string
  names: readonly string[]
  /** how the region's own texts speak of it (本澳, 本港) */
  self: readonly string[]
}

const REGIONS: readonly Region[] = [
  { district: '澳门特别行政区', department: '澳门特别行政区政府', names: ['澳门', '澳門'], self: ['本澳'] },
  { district: '香港特别行政区', department: '香港特别行政区政府', names: ['香港'], self: ['本港'] },
]
const OWN_GOVERNMENT = /特[区區]政府/

function count(text: string, words: readonly string[]): number {
  let n = 0
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) n++
  return n
}

/** The region a text speaks for: its government named (特区政府) or the text saying 本澳 / 本港, and the region named. */
export function specialRegion(text: string): { district: string; department: string } | null {
  const own = OWN_GOVERNMENT.test(text)
  for (const r of REGIONS) {
    const self = count(text, r.self)
    if ((own || self > 0) && count(text, r.names) + self >= 2) return { district: r.district, department: r.department }
  }
  return null
}
