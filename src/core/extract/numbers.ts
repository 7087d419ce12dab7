// Number reading at a position of the (normalised) analysis view: Arabic numerals with thousands
// separators and decimals, Chinese numerals (三千五百万, 两, 〇, 十一), and the 万/亿/万亿 scales.

export interface NumberToken {
  start: number
  end: number
  value: number
  /** written with Chinese numeral characters only */
  chinese: boolean
  /** a bare magnitude such as 千万 / 百亿 with no leading digit: a size class, not a count */
  bare: boolean
  /** an approximate modifier such as 余/多 follows the digits (3.7万余, 110余) */
  more: boolean
}

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 }

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}
// char code → 1 when it is a Chinese numeral character (a flat table: this runs on every char)
const CN_FLAG = new Uint8Array(65536)
for (const ch of [...Object.keys(CN_DIGIT), ...Object.keys(CN_UNIT), ...Object.keys(CN_BIG)]) CN_FLAG[ch.charCodeAt(0)] = 1

export function isCnNumCode(c: number): boolean {
  return CN_FLAG[c] === 1
}
export function isCnNumChar(ch: string): boolean {
  return ch.length > 0 && CN_FLAG[ch.charCodeAt(0)] === 1
}

// char code → digit value of 〇零一…九 (两 included), -1 otherwise: no string keys in the hot loop
const DIGIT_OF = new Int8Array(65536).fill(-1)
for (const [ch, v] of Object.entries(CN_DIGIT)) DIGIT_OF[ch.charCodeAt(0)] = v
const LIANG = '两'.charCodeAt(0)
const SHI = '十'.charCodeAt(0)
const WAN = '万'.charCodeAt(0)
const YI = '亿'.charCodeAt(0)
const UNIT_OF = new Int16Array(65536)
for (const [ch, v] of Object.entries(CN_UNIT)) UNIT_OF[ch.charCodeAt(0)] = v

/** Value of a run of Chinese numeral characters, or NaN when malformed. */
export function chineseValue(s: string): number {
  // A run of plain digits (二〇二四) is read digit by digit.
  if (s.length > 1 && isDigitRun(s)) {
    // up to 15 digits the running value is exact; longer runs go through the decimal string
    if (s.length <= 15) {
      let v = 0
      for (let i = 0; i < s.length; i++) v = v * 10 + DIGIT_OF[s.charCodeAt(i)]
      return v
    }
    let digits = ''
    for (let i = 0; i < s.length; i++) digits += DIGIT_OF[s.charCodeAt(i)]
    return Number(digits)
  }
  let big = 0
  let mid = 0
  let section = 0
  let num = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const d = DIGIT_OF[c]
    if (d >= 0) {
      num = d
    } else if (UNIT_OF[c] !== 0) {
      section += (num < 0 ? 1 : num) * UNIT_OF[c]
      num = -1
    } else if (c === WAN) {
      const x = section + (num < 0 ? 0 : num)
      mid += (x === 0 ? 1 : x) * 1e4
      section = 0
      num = -1
    } else if (c === YI) {
      const x = mid + section + (num < 0 ? 0 : num)
      big = (big + (x === 0 ? 1 : x)) * 1e8
      mid = 0
      section = 0
      num = -1
    } else return NaN
  }
  return big + mid + section + (num < 0 ? 0 : num)
}

/** Only digit characters (not 两): 二〇二四 is a year written digit by digit. */
function isDigitRun(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (DIGIT_OF[c] < 0 || c === LIANG) return false
  }
  return true
}

/** Scale word after an Arabic number (optionally after one space): 万, 亿, 万亿, 千万, 百万, 百亿, 千亿. */
function readScale(view: string, i: number): [number, number] {
  let j = i
  if (view.charCodeAt(j) === 32) j++
  let factor = 1
  let k = j
  // read by code: no one-character string per position
  while (k < view.length && k - j < 3) {
    const c = view.charCodeAt(k)
    if (c === WAN) factor *= 1e4
    else if (c === YI) factor *= 1e8
    else if (UNIT_OF[c] !== 0 && isBigCode(view.charCodeAt(k + 1))) factor *= UNIT_OF[c]
    else break
    k++
  }
  return k > j ? [factor, k] : [1, i]
}

const isBigCode = (c: number) => c === WAN || c === YI
/** 余 / 多 after a number: more than it (3.7万余, 110余, 三千多) */
const YU = '余'.charCodeAt(0)
const DUO = '多'.charCodeAt(0)
const isMoreCode = (c: number) => c === YU || c === DUO

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

/** Three digits at `k` and no fourth: a thousands group after a separator (13,452). */
function thousandsGroupAt(view: string, k: number): boolean {
  return isDigit(view.charCodeAt(k)) && isDigit(view.charCodeAt(k + 1)) && isDigit(view.charCodeAt(k + 2)) && !isDigit(view.charCodeAt(k + 3))
}

/** Reads a number starting exactly at `i`, or returns null. */
export function readNumber(view: string, i: number): NumberToken | null {
  const c = view.charCodeAt(i)
  if (isDigit(c)) {
    // the digits are summed as they are read (no string per number): `mant` is every digit as
    // one integer, `frac` how many of them follow the point (-1: no point)
    let j = i
    let mant = 0
    let count = 0
    let frac = -1
    while (j < view.length) {
      const d = view.charCodeAt(j)
      if (isDigit(d)) {
        mant = mant * 10 + (d - 48)
        count++
        if (frac >= 0) frac++
        j++
      } else if (d === 44 && isDigit(view.charCodeAt(j - 1)) && thousandsGroupAt(view, j + 1)) {
        j++ // thousands separator
      } else if (d === 46 && isDigit(view.charCodeAt(j + 1)) && frac < 0) {
        frac = 0
        j++
      } else break
    }
    // up to 15 digits the integer is exact and one division by an exact power of ten rounds
    // the same as parsing the decimal; longer numbers are parsed from their text
    let value = count <= 15 ? (frac > 0 ? mant / POW10[frac] : mant) : Number(view.slice(i, j).replace(/,/g, ''))
    let more = false
    if (isMoreCode(view.charCodeAt(j))) {
      // 3.7万余 / 110余 / 120余万
      const [f2, k2] = readScale(view, j + 1)
      if (k2 > j + 1) {
        more = true
        value *= f2
        j = k2
        return { start: i, end: j, value, chinese: false, bare: false, more }
      }
    }
    const [factor, k] = readScale(view, j)
    value *= factor
    j = k
    if (isMoreCode(view.charCodeAt(j))) {
      more = true
      j++
    }
    return { start: i, end: j, value: round(value), chinese: false, bare: false, more }
  }
  if (!isCnNumCode(c)) return null
  let j = i
  while (j < view.length && isCnNumCode(view.charCodeAt(j))) j++
  // 余/多 inside the run: 十余万 / 三千多
  let more = false
  if (isMoreCode(view.charCodeAt(j)) && j > i) {
    more = true
    const after = j + 1
    if (isBigCode(view.charCodeAt(after))) {
      const base = chineseValue(view.slice(i, j))
      const [f, k] = readScale(view, after)
      if (Number.isFinite(base)) return { start: i, end: k, value: base * f, chinese: true, bare: false, more }
    }
  }
  const raw = view.slice(i, j)
  const value = chineseValue(raw)
  if (!Number.isFinite(value)) return null
  // a magnitude without a digit (千万, 百亿; not 十 alone): read from the codes, no pattern per number
  let bare = false
  for (let k = i; k < j; k++) {
    const c = view.charCodeAt(k)
    if (DIGIT_OF[c] >= 0) {
      bare = false
      break
    }
    if (c !== SHI) bare = true
  }
  return { start: i, end: more ? j + 1 : j, value, chinese: true, bare, more }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}
