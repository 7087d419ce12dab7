// Number + unit pairs that read like counts but are words (round-3 tuning). Each test looks only
// at a few characters around the pair, so the clause scan stays linear.
import type { NumberToken } from './numbers'

// a place suffix right after a numeral + unit: the pair is part of a name (…台至…段, …家镇)
const PLACE_AFTER = /^(?:至[^\d〇零一二两三四五六七八九十百千万]|段|镇|乡|县)/
// the unit 次 after a verb of mentioning, itself after a closing quote: a count of a word in a text
const MENTIONS = /[”’"」](?:一词|这个词|[一二三四]字)?(?:共|一共|累计)?(?:出现|提及|提到|被提及)了?$/

/**
 * True when the pair at [tok.start, unitEnd) is not a quantity:
 * - a one-numeral Chinese count followed by a place suffix (九台至…, 五家镇): a name with a numeral;
 * - 二次 (二次供水, 二次开发): "secondary", a count of times is written 两次;
 * - N位数 (两位数增长): the number of digits of a figure, not a count of people;
 * - “X”出现N次: how often the text itself uses a word.
 */
export function isWordNotFigure(clause: string, tok: NumberToken, unit: string, unitEnd: number): boolean {
  if (tok.chinese && tok.end - tok.start === 1) {
    if (unit !== '个' && unit !== '项' && unit !== '次' && PLACE_AFTER.test(clause.slice(unitEnd, unitEnd + 2))) return true
    if (unit === '次' && clause[tok.start] === '二') return true
  }
  if (unit === '位' && clause[unitEnd] === '数') return true
  if (unit === '次' && MENTIONS.test(clause.slice(Math.max(0, tok.start - 10), tok.start))) return true
  return false
}
