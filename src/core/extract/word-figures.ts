// Word numbers without digits (超过百亿, 逾千万, 过百亿) are figures only after an indicator that is
// measured in 元 by definition (GDP, 生产总值, 总产值, 营收, 税收…): "GDP超过百亿" is more than 1e10 元.
// A bare magnitude whose measure is not named (园区过百亿, 千万级) stays a size class, not a figure.
// Mirrors of traditional texts may carry pinyin inside words (總產(chǎn)值): it is read through.
import type { Comparator } from '../model/types'

// an indicator measured in money, near enough before the comparator to be its subject
const MONEY_INDICATOR = /(?:GDP|生产总值|总产值|产值|营业收入|营收|财政收入|税收|销售额|销售收入|交易额|增加值)$/
// the comparator right before the word number (过 alone only here: 过百亿 is "more than 1e10")
const COMPARATOR: Array<[string, Comparator]> = [['超过', '>'], ['突破', '>'], ['达到', '≥'], ['超', '>'], ['逾', '>'], ['过', '>'], ['达', '≥']]
// pinyin in brackets inside a word: (jīng), (chǎn)
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g

export interface WordFigure {
  comparator: Comparator
  unit: string
}

/** The bare word number at `start` of the clause is a money figure of the indicator before it. */
export function moneyWordFigure(clause: string, start: number): WordFigure | null {
  const before = clause.slice(Math.max(0, start - 24), start)
  for (const [w, c] of COMPARATOR) {
    if (!before.endsWith(w)) continue
    const subject = before.slice(0, before.length - w.length).replace(PINYIN, '')
    return MONEY_INDICATOR.test(subject) ? { comparator: c, unit: '元' } : null
  }
  return null
}

/** The metric without pinyin annotations (总产(chǎn)值 → 总产值). */
export function withoutPinyin(s: string): string {
  return s.includes('(') ? s.replace(PINYIN, '') : s
}

// a comparator and a bare magnitude ending the clause: 实现园区过百亿 reaches a level, it delivers nothing
const UNNAMED_LEVEL = /(?:超过|突破|过|逾|达到)[十百千万亿]+$/

/** The clause ends on a level of an unnamed measure (…过百亿): neither a milestone nor a deliverable. */
export function endsOnUnnamedLevel(clause: string): boolean {
  // most clauses end on no magnitude character: no pattern run for them
  return MAGNITUDE.includes(clause[clause.length - 1] ?? '') && UNNAMED_LEVEL.test(clause)
}
const MAGNITUDE = '十百千万亿'
