// Units that follow a number, longest first. `factor` converts to the base unit the contract
// reports (万元 → 元 is handled by the number's scale; 万千瓦 likewise).

export interface UnitMatch {
  unit: string
  end: number
}

// Written form → reported unit. Longer forms must be tried before their prefixes.
const UNITS: Array<[string, string]> = [
  ['个百分点', '个百分点'],
  ['平方公里', '平方公里'],
  ['平方千米', '平方公里'],
  ['平方米', '平方米'],
  ['立方米', '立方米'],
  ['千瓦时', '千瓦时'],
  ['标准箱', '标准箱'],
  ['人民币', '元'],
  ['公里', '公里'],
  ['千米', '公里'],
  ['千瓦', '千瓦'],
  ['千克', '千克'],
  ['公斤', '公斤'],
  ['公顷', '公顷'],
  ['人次', '人次'],
  ['美元', '美元'],
  ['元', '元'],
  ['个', '个'],
  ['亩', '亩'],
  ['名', '名'],
  ['人', '人'],
  ['家', '家'],
  ['所', '所'],
  ['条', '条'],
  ['门', '门'],
  ['吨', '吨'],
  ['次', '次'],
  ['户', '户'],
  ['套', '套'],
  ['间', '间'],
  ['座', '座'],
  ['项', '项'],
  ['张', '张'],
  ['辆', '辆'],
  ['台', '台'],
  ['件', '件'],
  ['处', '处'],
  ['场', '场'],
  ['艘', '艘'],
  ['架', '架'],
  ['株', '株'],
  ['栋', '栋'],
  ['斤', '斤'],
  ['头', '头'],
  ['羽', '羽'],
  ['棵', '棵'],
  ['盏', '盏'],
  ['位', '位'],
  ['宗', '宗'],
  ['天', '天'],
  ['支', '支'],
  ['批', '批'],
  ['倍', '倍'],
  ['米', '米'],
  ['度', '度'],
  ['%', '%'],
  ['‰', '‰'],
]

// keyed by the first char code: a lookup reads a code, it does not make a one-character string
const byFirst = new Map<number, Array<[string, string]>>()
for (const u of UNITS) {
  const k = u[0].charCodeAt(0)
  const list = byFirst.get(k) ?? []
  list.push(u)
  byFirst.set(k, list)
}

/** The unit written at `i` (after an optional space), or null. */
export function readUnit(view: string, i: number): UnitMatch | null {
  let j = i
  if (view.charCodeAt(j) === 32) j++
  const list = byFirst.get(view.charCodeAt(j))
  if (!list) return null
  for (const [w, unit] of list) {
    if (view.startsWith(w, j)) {
      // 个 followed by 月 is a duration (3个月), 次 in 次全会 is a session ordinal
      const next = view[j + w.length]
      if (w === '个' && (next === '月' || (next === '位' && view[j + 2] === '次'))) return null
      // 三次产业 is "the three sectors"; 10天内 is a time limit, not a figure
      if (w === '次' && next === '产') return null
      if (w === '天' && (next === '内' || next === '后' || next === '以')) return null
      if (w === '次' && (next === '全' || next === '会' || next === '党')) return null
      if (w === '名' && (next === '单' || next === '称' || next === '片' || next === '义')) return null
      if (w === '度' && view[j + 1] !== '电') return null
      if (w === '人' && (next === '民' || next === '才' || next === '大' || next === '员')) return null
      return perUnit(view, unit, j + w.length) ?? { unit, end: j + w.length }
    }
  }
  return null
}

const SLASH = 47

/**
 * A compound unit (507公里/万平方公里, 4.85公里/百平方公里, 3.2张/千人): the denominator's scale
 * stays written in the unit, since the density is per that many.
 */
function perUnit(view: string, unit: string, at: number): UnitMatch | null {
  if (view.charCodeAt(at) !== SLASH) return null
  let k = at + 1
  const scale = /[十百千万]/.test(view[k] ?? '') ? view[k++] : ''
  const list = byFirst.get(view.charCodeAt(k))
  if (!list) return null
  for (const [w, u] of list) if (view.startsWith(w, k) && u !== '%' && u !== '‰') return { unit: `${unit}/${scale}${u}`, end: k + w.length }
  return null
}
