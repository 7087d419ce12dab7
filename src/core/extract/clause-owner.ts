// Who answers for a clause: the first place it names, a zone opening it, a department or titled
// person in subject position, else the paragraph label, the section or the article's owner; and
// the place leading a list item (沈阳市200个、大连市186个).
import type { ArticleInfo } from './article-owners'
import { fullDepartment } from './departments'
import { gazetteer } from './gazetteer'
import { departmentAtStart, departmentDistrict, personAtStart } from './owners'
import { ownerOf, scanPlaces } from './places'
import type { Owner, SentenceEnv } from './sentence-env'

export function clauseOwner(env: SentenceEnv, clause: string, a: number, b: number, info: ArticleInfo | null, hitIdx: number): Owner {
  let district: string | null = null
  for (let k = hitIdx; k < env.hits.length && env.hits[k].start < b; k++) {
    const h = env.hits[k]
    if (h.start < a) continue
    const p = ownerOf(h, env.ctx)
    if (p && (p.level === 'area' || p.level === 'town' || p.level === 'city')) {
      district = p.owner
      break
    }
  }
  if (!district) district = zoneActor(clause)
  if (!district && clause.includes('全省') && env.ctx.provincial) district = env.ctx.province
  // a department or titled person only counts as the clause's owner in subject position
  const department = departmentAtStart(clause, 2)
  if (department && !district) district = departmentDistrict(department, env.ctx)
  const person = personAtStart(clause, 2)
  const section = env.section ?? null
  district = district ?? env.labelDistrict ?? section?.district ?? (info ? (info.district ?? null) : (env.ctx.city ?? env.ctx.province ?? null))
  return {
    district,
    department: department ? fullClauseDepartment(env, department, district, info) : (section?.department ?? info?.department ?? null),
    person: person ?? info?.person ?? null,
  }
}

/**
 * fullDepartment for a clause's department, looked up once per article, district and name: the
 * full-form check reads the article's text only, so the cost stays linear in the page.
 */
function fullClauseDepartment(env: SentenceEnv, department: string, district: string | null, info: ArticleInfo | null): string {
  let cache = env.departments
  if (!cache || cache.article !== env.article) cache = env.departments = { article: env.article, byName: new Map() }
  let byDistrict = cache.byName.get(department)
  if (!byDistrict) cache.byName.set(department, (byDistrict = new Map()))
  let full = byDistrict.get(district)
  if (full === undefined) {
    const text = info ? env.view.slice(info.vstart, info.vend) : env.view
    full = fullDepartment(department, { district, city: env.ctx.city, province: env.ctx.province, text })
    byDistrict.set(district, full)
  }
  return full
}

const ZONE_AT = /^([\u4e00-\u9fa5]{2,10}?(?:经济技术开发区|开发区|高新区|经开区|示范区|经济区))/

/**
 * A functional zone opening the clause is its actor (准东经济技术开发区向…下派…): the zone is the
 * district, unless its name opens with a prefecture's short name (某市临空经济区) — then that city.
 */
export function zoneActor(clause: string): string | null {
  const m = ZONE_AT.exec(clause)
  if (!m) return null
  const zone = m[1]
  for (const [short, city] of gazetteer().cityShort) if (zone.startsWith(short) && zone.length > short.length + 2) return city
  return zone
}

const ITEM_ZONE = /^[\u4e00-\u9fa5]{2,10}(?:示范区|开发区|高新区|新区)$/

/**
 * "沈阳市200个、大连市186个、…、省直23个": in a list (、) a figure led by a place is that place's, not
 * the clause's first place. The label is the text since the last list or clause mark.
 */
export function listItem(env: Pick<SentenceEnv, 'ctx'>, clause: string, at: number): { district: string; from: number } | null {
  if (!clause.includes('、')) return null
  let i = at
  while (i > 0 && !'、,:;'.includes(clause[i - 1])) i--
  const label = clause.slice(i, at)
  if (label.length < 2 || label.length > 12) return null
  const hits = scanPlaces(label)
  const last = hits[hits.length - 1]
  const p = last && last.end === label.length ? ownerOf(last, env.ctx) : null
  let district: string | null = null
  if (p && p.level !== 'town') district = p.owner
  else if (ITEM_ZONE.test(label)) district = label
  else if (/^省直/.test(label) && env.ctx.province) district = env.ctx.province
  return district ? { district, from: i } : null
}
