// A digest box (数字答卷, 一组数据) lists one figure per line without final punctuation:
// "新建改造管网1400余公里" on a line of its own. Such a line looks like a heading (short, no
// punctuation) but reads as a clause when it carries a quantity (number + unit); a heading with a
// year or an enumerator (一、2020年工作打算, (二)加快…) and no quantity stays a heading.
import { findQuantities } from './quantities'

// an enumerator opening a heading: 一、 (一) 1. 第一
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d+[.、]|第[一二三四五六七八九十]+)/

/** A short unpunctuated line is a digest entry: it holds a figure and no heading enumerator. */
export function isDigestLine(line: string): boolean {
  if (!/\d/.test(line) || ENUMERATOR.test(line)) return false
  return findQuantities(line).length > 0
}
