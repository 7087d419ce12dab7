// Section headings that name a district: a digest of several districts' reports (渝中 … 沙坪坝 …)
// heads each part with the district's short name on a line of its own; what follows, until the
// next such heading, is that district's.
import { gazetteer } from './gazetteer'
import type { CityContext } from './places'

const HAN_ONLY = /^[\u4e00-\u9fa5]{2,6}$/

/** The district a heading line names (渝中 → 渝中区 in a Chongqing page), or null. */
export function sectionDistrict(line: string, ctx: CityContext): string | null {
  const t = line.trim()
  if (!HAN_ONLY.test(t)) return null
  const g = gazetteer()
  for (const name of [t, t + '区', t + '县']) {
    const c = g.byName.get(name)
    if (!c) continue
    // only a division of the page's own city (or province): a short word elsewhere is a common word
    const p = c.find((x) => x.level === 'area' && ((ctx.city !== null && x.city === ctx.city) || (ctx.province !== null && x.province === ctx.province)))
    if (p) return p.owner
  }
  return null
}
