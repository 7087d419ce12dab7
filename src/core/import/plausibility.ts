// How much a decoded text looks like real Chinese (or plain ASCII) text: the measure that chooses
// between encodings whose byte rules all accept a file (GB18030 accepts almost any Big5 bytes, and
// BOM-less UTF-16 of Chinese text may decode in both). A right guess is mostly common characters;
// a wrong one is rare characters, private-use code points, controls and replacement characters.
//
// "Common" needs no word list: GB2312 level 1 (bytes B0A1–D7F9, 3755 characters chosen by frequency)
// and Big5's 常用字 (A440–C67E, 5401 characters) are decoded once with TextDecoder.

const COMMON = 1
const SYMBOL = 2
let classes: Uint8Array | null = null

function pairs(leads: [number, number], trails: [number, number][], last?: number): Uint8Array {
  const out: number[] = []
  for (let a = leads[0]; a <= leads[1]; a++) {
    for (const [from, to] of trails) {
      for (let b = from; b <= to; b++) {
        if (last !== undefined && a * 256 + b > last) continue
        out.push(a, b)
      }
    }
  }
  return Uint8Array.from(out)
}

function classTable(): Uint8Array {
  if (classes) return classes
  const t = new Uint8Array(65536)
  const gb = new TextDecoder('gb18030').decode(pairs([0xb0, 0xd7], [[0xa1, 0xfe]], 0xd7f9))
  const big5 = new TextDecoder('big5').decode(pairs([0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]], 0xc67e))
  for (const s of [gb, big5]) for (let i = 0; i < s.length; i++) t[s.charCodeAt(i)] = COMMON
  t[0xfffd] = 0
  // punctuation and symbols Chinese texts use: CJK punctuation, full-width forms, general
  // punctuation, letter-like and number forms (℃ Ⅱ), enclosed numbers (①), shapes (■ ○ ★)
  const symbols: [number, number][] = [
    [0x00a0, 0x00bf], [0x00d7, 0x00d7], [0x00f7, 0x00f7], [0x2010, 0x205e], [0x2100, 0x218f],
    [0x2190, 0x21ff], [0x2460, 0x24ff], [0x2500, 0x257f], [0x25a0, 0x26ff], [0x3000, 0x303f], [0xff01, 0xffe6],
  ]
  for (const [a, b] of symbols) for (let c = a; c <= b; c++) t[c] = SYMBOL
  classes = t
  return t
}

export interface CharCounts {
  /** characters other than printable ASCII and whitespace */
  other: number
  common: number
  symbol: number
  /** ideographs outside the common sets, kana, Greek, Cyrillic, accented Latin, surrogate pairs */
  rare: number
  /** controls, private use, unpaired surrogates, U+FFFD */
  bad: number
}

export function countChars(text: string): CharCounts {
  const t = classTable()
  const n: CharCounts = { other: 0, common: 0, symbol: 0, rare: 0, bad: 0 }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 0x20 ? c === 0x7f : c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) {
        n.other++
        n.bad++
      }
      continue
    }
    n.other++
    const k = t[c]
    if (k === COMMON) n.common++
    else if (k === SYMBOL) n.symbol++
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n.rare++
      i++
    } else if (isRare(c)) n.rare++
    else if (c < 0xa0 || (c >= 0xd800 && c <= 0xf8ff) || c === 0xfffd || c >= 0xfff0) n.bad++
  }
  return n
}

function isRare(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3100 && c <= 0x312f) || // bopomofo (Taiwan texts)
    (c >= 0x00c0 && c <= 0x024f) || // accented Latin (pinyin)
    (c >= 0x0370 && c <= 0x04ff) // Greek, Cyrillic
  )
}

/**
 * 1 for a text of common characters (or plain ASCII); near 0 or below for the wrong decoding.
 * Rare characters count a little; each bad one takes away two good ones.
 */
export function plausibility(text: string): number {
  const n = countChars(text)
  if (n.other === 0) return text.length > 0 ? 1 : 0
  return (n.common + n.symbol + 0.3 * n.rare - 2 * n.bad) / n.other
}
