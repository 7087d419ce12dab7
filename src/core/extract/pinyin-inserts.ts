// Mirror sites that convert a text to traditional script sometimes leave a pinyin reading inside
// words: 達(dá)到, 增(zēng)長, 生產(chǎn)總值. Such an insert hides comparators (达到 read as 达 + noise)
// and whole figures, and ends up inside metrics. The reflow drops these inserts from the analysis
// view (quotes stay exact slices of the original, as for column breaks).
//
// An insert is a parenthesised run of Latin letters carrying at least one tone mark, right after a
// Chinese character: a real bracketed note (市域(郊)铁路, 二期(一)) has no tone-marked Latin in it,
// and plain Latin in brackets (5G (fifth generation), (PPP)) has no tone mark.

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/
const INSERT = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/g

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff
}

/**
 * The [start, end) ranges of pinyin inserts in `text` (normalised: brackets half-width), in order,
 * as a flat array [s0, e0, s1, e1, …]; null when there is none (the usual case, found without a
 * pattern run over the text when it has no tone-marked letter at all).
 */
export function pinyinInserts(text: string): number[] | null {
  if (text.indexOf('(') < 0 || !TONED.test(text)) return null
  let out: number[] | null = null
  INSERT.lastIndex = 0
  for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
    if (!isHan(text.charCodeAt(m.index - 1)) || !TONED.test(m[0])) continue
    ;(out ??= []).push(m.index, m.index + m[0].length)
  }
  return out
}
