// A county's text may never name its county in full and call itself 我县 / 全县; its road and
// river works are still written with the section that lies in it: "S104环湖公路(东乡段)". Such a
// bracketed section names the county by its short name. It is taken only when the gazetteer has
// exactly one county-level division of that short name (X县, X区, X市, X旗) in the page's province
// (or nationwide when the province is unknown), and every bracketed section of the text agrees.
import { gazetteer, type Place } from './gazetteer'

const SECTION = /[((]([\u4e00-\u9fa5]{2,3})段[))]/g
const COUNTY_SUFFIXES = ['县', '区', '市', '旗']

/** The one county the text's bracketed road sections name, or null when none or not unique. */
export function sectionCounty(text: string, province: string | null): string | null {
  if (!text.includes('段')) return null
  const g = gazetteer()
  let found: string | null = null
  SECTION.lastIndex = 0
  for (let m = SECTION.exec(text); m !== null; m = SECTION.exec(text)) {
    const owners = new Set<string>()
    for (const suffix of COUNTY_SUFFIXES) {
      for (const p of g.byName.get(m[1] + suffix) ?? ([] as Place[])) {
        if (p.level === 'area' && (province === null || p.province === province)) owners.add(p.owner)
      }
    }
    if (owners.size !== 1) return null
    const owner = owners.values().next().value as string
    if (found !== null && found !== owner) return null
    found = owner
  }
  return found
}
