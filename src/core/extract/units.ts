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

// keyed by the first char code: a lookup reads a code, it does not make a one-character string;
// UNITS_AT[code] is 1 + the index of that code's list in BY_FIRST (0: no unit starts with it)
const BY_FIRST: Array<Array<[string, string]>> = []
const UNITS_AT = new Uint8Array(65536)
for (const u of UNITS) {
  const k = u[0].charCodeAt(0)
  if (UNITS_AT[k] === 0) UNITS_AT[k] = BY_FIRST.push([])
  BY_FIRST[UNITS_AT[k] - 1].push(u)
}
/** The units written with the character code c first, in UNITS order, or undefined. */
function unitsFrom(c: number): Array<[string, string]> | undefined {
  // c is NaN past the text's end: UNITS_AT[NaN] is undefined, not 0
  const at = UNITS_AT[c]
  return at > 0 ? BY_FIRST[at - 1] : undefined
}

/** The unit written at `i` (after an optional space), or null. */
export function readUnit(view: string, i: number): UnitMatch | null {
  let j = i
  if (view.charCodeAt(j) === 32) j++
  const list = unitsFrom(view.charCodeAt(j))
  if (!list) return null
  for (let u = 0; u < list.length; u++) {
    const w = list[u][0]
    if (view.startsWith(w, j)) {
      const unit = list[u][1]
      if (w.length === 1 && notUnitAfter(w, view.charCodeAt(j + 1), view.charCodeAt(j + 2))) return null
      return perUnit(view, unit, j + w.length) ?? { unit, end: j + w.length }
    }
  }
  return null
}

// one-character units that the next character turns into another word, compared by code
const code = (ch: string) => ch.charCodeAt(0)
const YUE = code('月')
const WEI = code('位')
const CI = code('次')
const DIAN = code('电')
const NOT_AFTER_CI = new Set([...'产全会党'].map(code))
const NOT_AFTER_TIAN = new Set([...'内后以'].map(code))
const NOT_AFTER_MING = new Set([...'单称片义'].map(code))
const NOT_AFTER_REN = new Set([...'民才大员'].map(code))

/** The one-character unit `w` is part of another word given the two characters after it. */
function notUnitAfter(w: string, next: number, next2: number): boolean {
  switch (w) {
    // 个 followed by 月 is a duration (3个月); 个位次 is a rank
    case '个':
      return next === YUE || (next === WEI && next2 === CI)
    // 三次产业 is "the three sectors", 次 in 次全会 is a session ordinal
    case '次':
      return NOT_AFTER_CI.has(next)
    // 10天内 is a time limit, not a figure
    case '天':
      return NOT_AFTER_TIAN.has(next)
    case '名':
      return NOT_AFTER_MING.has(next)
    case '度':
      return next !== DIAN
    case '人':
      return NOT_AFTER_REN.has(next)
    default:
      return false
  }
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
  const list = unitsFrom(view.charCodeAt(k))
  if (!list) return null
  for (const [w, u] of list) if (view.startsWith(w, k) && u !== '%' && u !== '‰') return { unit: `${unit}/${scale}${u}`, end: k + w.length }
  return null
}
