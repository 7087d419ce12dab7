// The body a title names as its issuer: a department's own plan or news opens its title with the
// department (某市农业农村局2022年工作要点, 某市某县交通运输局紧盯…), and a government's list names
// the bare government (2021年市政府10件民生实事). That body owns the items the text does not give
// to another. A county's department is written without its city (某县交通运输局, as the gold does).
import { scanPlaces } from './places'

// one or two place names, then a body ending in 局 / 委员会 / 委 / 办公室 / 厅 / 管委会 at the title's start
const DEPARTMENT_TITLE = /^\s*((?:[\u4e00-\u9fa5]{1,8}?[省市区县旗州盟]){1,2}[\u4e00-\u9fa5]{1,10}?(?:管委会|委员会|办公室|局|委|厅))(?=\d{4}年|关于|[\u4e00-\u9fa5]{2})/
// 区委 / 县委 / 市委 alone are party committees, not departments that issue plans
const PARTY_COMMITTEE = /^[\u4e00-\u9fa5]*[省市区县旗州盟]委$/
const BARE_GOVERNMENT = /(?:^|年|[^\u4e00-\u9fa5])([市县区])政府/
// 我代表县人民政府向大会报告工作: the report's own government, named by its level only
const BARE_DELIVERING = /代表([市县区旗])人民政府/

/** A department name without the city before its county (某市某县交通运输局 → 某县交通运输局). */
export function withoutCityPrefix(dept: string): string {
  const hits = scanPlaces(dept)
  if (hits.length < 2 || hits[0].start !== 0 || hits[1].start !== hits[0].end) return dept
  const first = hits[0].candidates
  const second = hits[1].candidates
  const city = first.find((p) => p.level === 'city')
  if (!city || !second.some((p) => p.level === 'area' && p.city === city.city)) return dept
  return dept.slice(hits[0].end)
}

/** The issuing body the title names, or null. `district` settles a bare 市政府 / 县政府 / 区政府. */
export function titleIssuer(title: string, district: string | null): string | null {
  const m = DEPARTMENT_TITLE.exec(title)
  if (m && !PARTY_COMMITTEE.test(m[1]) && scanPlaces(m[1]).length > 0) return withoutCityPrefix(m[1])
  const g = BARE_GOVERNMENT.exec(title)
  if (g && district && district.endsWith(g[1])) return district + '人民政府'
  return null
}

/** The issuer named by the title or by a short line of the opening (a page's real title often
 * follows a breadcrumb line the article splitter takes for its title). */
export function openingIssuer(title: string, opening: string, district: string | null): string | null {
  const own = titleIssuer(title, district)
  if (own) return own
  const d = BARE_DELIVERING.exec(opening)
  if (d && district && district.endsWith(d[1])) return district + '人民政府'
  let lines = 0
  for (const raw of opening.split('\n')) {
    const line = raw.trim()
    if (!line || line === title.trim()) continue
    if (++lines > 3) break
    if (line.length > 40) continue
    const found = titleIssuer(line, district)
    if (found) return found
  }
  return null
}
