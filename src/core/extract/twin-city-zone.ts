// A zone that joins two cities of one province (A—B都市圈, A-B经济圈, A、B一体化) reported by a body of
// the province (省发展和改革委员会, 省政府…) is the province's affair: neither city owns it, so the text
// speaks for the province even when one of the two cities is named more often.
import { gazetteer } from './gazetteer'

const ZONE = /([\u4e00-\u9fa5]{2,3})[—\-–~、]([\u4e00-\u9fa5]{2,3})(?:都市圈|经济圈|城市圈|城市群|同城化|一体化)/g
const PROVINCE_BODY = /(?:省|自治区)(?:发展和改革委员会|发展改革委|发改委|人民政府|政府)/

/** The text reports, through a provincial body, a zone joining two cities of `province`. */
export function reportsTwinCityZone(view: string, province: string | null): boolean {
  if (province === null || !PROVINCE_BODY.test(view)) return false
  const g = gazetteer()
  const cityOf = (short: string): string | null => {
    const full = g.cityShort.get(short) ?? (g.cityByName.has(short) ? short : null)
    return full !== null && g.cityByName.get(full)?.province === province ? full : null
  }
  ZONE.lastIndex = 0
  for (let m = ZONE.exec(view); m !== null; m = ZONE.exec(view)) {
    // the first name is read back from the mark: 部署长沙-湘潭 holds 长沙 in its last two characters
    const a = cityOf(m[1]) ?? cityOf(m[1].slice(-2))
    const b = cityOf(m[2])
    if (a !== null && b !== null && a !== b) return true
  }
  return false
}
