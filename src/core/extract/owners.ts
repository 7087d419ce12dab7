// Owners named in text: a person after a title (市长徐衣显 → 徐衣显), a department (市工业和信息化局,
// 老城区委, 中原银行洛阳分行), and the district a department or interview header stands for.
import { ownerOf, scanPlaces, type CityContext } from './places'

export interface Owner {
  district: string | null
  department: string | null
  person: string | null
}

// Longest first, so 党组书记 is tried before 书记 and 副市长 before 市长.
export const TITLES = [
  '党工委书记', '党组书记', '党委书记', '常务副市长', '常务副县长', '常务副区长', '副书记', '副市长', '副区长', '副县长',
  '副省长', '副局长', '副主任', '副行长', '副镇长', '副主席', '董事长', '总经理', '书记', '市长', '区长', '县长', '省长',
  '镇长', '乡长', '局长', '主任', '厅长', '行长', '校长', '院长', '部长', '主席', '州长', '盟长', '旗长', '社长',
]
const TITLE_RE = new RegExp(`(${TITLES.join('|')})([\\u4e00-\\u9fa5]{2,3})`, 'g')
// A character that starts the verb after a name rather than the name's own third character.
const AFTER_NAME = new Set('调表指强在主参出一等说深实察到率带会听与和及是对为介陪提要代称向走来赴看前接慰召讲宣检督就、'.split(''))

// 总书记视察宁夏, 书记调研…: a verb right after the title, no name at all
const NOT_NAME = /^(?:视察|考察|调研|指出|强调|表示|主持|出席|会见|看望|慰问)/

function nameAt(s: string, i: number): string | null {
  const two = s.slice(i, i + 2)
  if (!/^[\u4e00-\u9fa5]{2}$/.test(two) || NOT_NAME.test(two)) return null
  const third = s[i + 2]
  if (third && /[\u4e00-\u9fa5]/.test(third) && !AFTER_NAME.has(third)) return s.slice(i, i + 3)
  return two
}

/** The first "title + name" in a string (市长徐衣显 → {title 市长, name 徐衣显}). */
export function findPerson(s: string): { title: string; name: string; index: number } | null {
  TITLE_RE.lastIndex = 0
  const m = TITLE_RE.exec(s)
  if (!m) return null
  const name = nameAt(s, m.index + m[1].length)
  return name ? { title: m[1], name, index: m.index } : null
}

// Department shapes: 市/区/县 bodies ending in 局/委/办/厅/院, banks and their branches, governments.
export const DEPT_RE =
  /([\u4e00-\u9fa5]{2,8}银行[\u4e00-\u9fa5]{2,4}(?:分行|支行))|((?:[省市区县]|[\u4e00-\u9fa5]{2,6}[市区县])(?:委|政府|人大常委会|政协|[\u4e00-\u9fa5]{1,10}?(?:局|委员会|办公室|厅)))/

export function findDepartment(s: string): string | null {
  const m = DEPT_RE.exec(s)
  return m ? m[0] : null
}

// Every DEPT_RE match holds one of 委 府 协 局 室 厅 行 (委, 政府, 政协, 局, 委员会, 办公室, 厅, 银行) and
// is at most 20 characters long; every title holds one of 记 长 任 席 理. A clause whose opening
// has none of them names no department or titled person there: the patterns are not tried.
const DEPT_MAX_LEN = 20
const TITLE_MAX_LEN = Math.max(...TITLES.map((t) => t.length))
const DEPT_MARK = new Uint8Array(65536)
for (const ch of '委府协局室厅行') DEPT_MARK[ch.charCodeAt(0)] = 1
const TITLE_MARK = new Uint8Array(65536)
for (const ch of '记长任席理') TITLE_MARK[ch.charCodeAt(0)] = 1

function anyCodeWithin(s: string, end: number, marks: Uint8Array): boolean {
  for (let i = 0; i < end && i < s.length; i++) if (marks[s.charCodeAt(i)] === 1) return true
  return false
}

// The same patterns tried only at the first offsets (sticky): a clause's owner stands in subject
// position, so there is no need to scan the rest of the clause.
const DEPT_AT = new RegExp(DEPT_RE.source, 'y')
const TITLE_AT = new RegExp(TITLE_RE.source, 'y')

/**
 * findDepartment(s) when its match starts at or before `maxIndex`, else null. The leftmost match
 * is the first offset where a sticky match exists, and at that offset both find the same text.
 */
export function departmentAtStart(s: string, maxIndex: number): string | null {
  if (!anyCodeWithin(s, maxIndex + DEPT_MAX_LEN, DEPT_MARK)) return null
  for (let i = 0; i <= maxIndex && i < s.length; i++) {
    DEPT_AT.lastIndex = i
    const m = DEPT_AT.exec(s)
    if (m) return m[0]
  }
  return null
}

/** findPerson(s)'s name when its title starts at or before `maxIndex`, else null. */
export function personAtStart(s: string, maxIndex: number): string | null {
  if (!anyCodeWithin(s, maxIndex + TITLE_MAX_LEN, TITLE_MARK)) return null
  for (let i = 0; i <= maxIndex && i < s.length; i++) {
    TITLE_AT.lastIndex = i
    const m = TITLE_AT.exec(s)
    if (m) return nameAt(s, i + m[1].length)
  }
  return null
}

/** District for a department name: a place inside it, else the city for 市…, the province for 省…. */
export function departmentDistrict(dept: string, ctx: CityContext): string | null {
  for (const h of scanPlaces(dept)) {
    const p = ownerOf(h, ctx)
    if (p) return p.owner
  }
  if (dept.startsWith('市')) return ctx.city
  if (dept.startsWith('省')) return ctx.province
  return null
}

/** "——访老城区委书记赵书政" → district 老城区, department 老城区委, person 赵书政. */
export function parseInterviewHeader(line: string, ctx: CityContext): Owner | null {
  const m = /^\s*[—-]{1,3}\s*(?:专访|访|对话|与)(.+)$/.exec(line.trim())
  if (!m) return null
  const s = m[1].trim().replace(/(?:面对面|谈[\u4e00-\u9fa5]*|访谈)$/, '')
  for (const len of [2, 3]) {
    if (s.length <= len) continue
    let org = s.slice(0, -len)
    const person = s.slice(-len)
    let stripped = false
    for (let guard = 0; guard < 4; guard++) {
      const t = TITLES.find((x) => org.endsWith(x))
      if (!t) break
      org = org.slice(0, -t.length).replace(/[、,\s]+$/, '')
      stripped = true
    }
    if (!stripped) continue
    const department = org || null
    const district = department ? departmentDistrict(department, ctx) ?? ctx.city : ctx.city
    return { district, department, person }
  }
  return null
}
