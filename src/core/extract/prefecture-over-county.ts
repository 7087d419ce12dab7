// A prefecture's own text (全市…, its short name in school and road names) may name one of its
// counties once, for a report or an example (央视报道某某市…): the county named once does not
// take the text from the prefecture speaking of itself.
import { gazetteer } from './gazetteer'

function occurrences(text: string, word: string): number {
  let n = 0
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++
  return n
}

/**
 * Whether `city` rather than `county` (named `mentions` times) owns the text: the county lies in
 * the city and is named once, while the text speaks as the city (全市) and names the city's short
 * form at least twice.
 */
export function prefectureOverCounty(text: string, county: string, mentions: number, city: string | null): boolean {
  if (city === null || mentions >= 2 || !city.endsWith('市') || !text.includes('全市')) return false
  const places = gazetteer().byName.get(county)
  if (!places || !places.every((p) => p.city === city && p.level !== 'city')) return false
  const short = city.slice(0, -1)
  return short.length >= 2 && occurrences(text, short) >= 2
}
