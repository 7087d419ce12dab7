// Mirror sites that convert a text to traditional script sometimes leave a pinyin reading inside
// words: 達(dá)到, 增(zēng)長, 生產(chǎn)總值. Such an insert hides comparators (达到 read as 达 + noise)
// and whole figures, and ends up inside metrics. The reflow drops these inserts from the analysis
// view (quotes stay exact slices of the original, as for column breaks).
//
// An insert is a parenthesised run of Latin letters carrying at least one tone mark, right after a
// Chinese character: a real bracketed note (市域(郊)铁路, 二期(一)) has no tone-marked Latin in it,
// and plain Latin in brackets (5G (fifth generation), (PPP)) has no tone mark.

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/
// sticky: tried only at each '(' found by indexOf, so the text is never scanned by a pattern
const INSERT = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/y

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}

/**
 * The [start, end) ranges of pinyin inserts in `text` (normalised: brackets half-width), in order,
 * as a flat array [s0, e0, s1, e1, …]; null when there is none (the usual case).
 */
export function pinyinInserts(text: string): number[] | null {
  let out: number[] | null = null
  for (let i = text.indexOf('(', 1); i >= 0; i = text.indexOf('(', i + 1)) {
    if (!isHan(text.charCodeAt(i - 1))) continue
    INSERT.lastIndex = i
    const m = INSERT.exec(text)
    if (!m || !TONED.test(m[0])) continue
    ;(out ??= []).push(i, i + m[0].length)
    i += m[0].length - 1
  }
  return out
}
