// Departments in one form: the body's full name with its place, as the fixtures' gold writes them
// (县统计局 in a county's communiqué → 黎平县统计局, 省政府 → 浙江省人民政府, 大同市文旅局 → 大同市文化和
// 旅游局), so a filter by department finds the same body however a text abbreviates it. Also the
// article-level sources of a department that are not in subject position of a clause: the body
// delivering a 政府工作报告, a 来源: line, "从…获悉", a byline line naming a government body.
import { DEPT_RE, TITLES } from './owners'

/**
 * Common abbreviations of body names → their official suffix (longest first). A `true` third
 * entry: spelled out only when the page itself writes the full name (the gold keeps 某区发改委 as
 * the text writes it).
 */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string, boolean?]> = [
  ['发改委', '发展和改革委员会', true],
  ['市场监管局', '市场监督管理局'],
  ['文广旅局', '文化广电和旅游局'],
  ['文旅局', '文化和旅游局'],
  ['发改局', '发展和改革局'],
  ['工信局', '工业和信息化局'],
  ['住建局', '住房和城乡建设局'],
  ['人社局', '人力资源和社会保障局'],
  ['卫健委', '卫生健康委员会'],
  ['卫健局', '卫生健康局'],
  ['教体局', '教育和体育局'],
]

export interface DepartmentPlace {
  /** the article's or clause's district (a 区/县/市 name) */
  district: string | null
  city: string | null
  province: string | null
  /** the page's (normalised) text: a 市… body is only given its city when the page writes it so */
  text: string
}

/**
 * The full name of a department: abbreviations spelled out, 政府 as 人民政府, and a bare 省/市/县/区
 * prefix replaced by the place it stands for. A bare 市 stays as written unless the page itself
 * writes the city's full form (the seed's 市工业和信息化局 is annotated as written; a city name is
 * the one prefix that the district alone does not settle).
 */
export function fullDepartment(dept: string, place: DepartmentPlace): string {
  let d = dept
  for (const [short, full, spelledOnly] of ABBREVIATIONS) {
    if (d.endsWith(short) && (!spelledOnly || place.text.includes(full))) {
      d = d.slice(0, -short.length) + full
      break
    }
  }
  if (d.endsWith('政府') && !d.endsWith('人民政府')) d = d.slice(0, -2) + '人民政府'
  const head = d.charAt(0)
  if (head !== '省' && head !== '市' && head !== '县' && head !== '区') return d
  const rest = d.slice(1)
  const { district, city, province } = place
  if (head === '省' && province && province.endsWith('省')) return province + rest
  if ((head === '县' || head === '区') && district && district.endsWith(head)) return district + rest
  if (head === '市') {
    const c = district && district.endsWith('市') ? district : city
    if (c && c.endsWith('市') && (place.text.includes(c + rest) || place.text.includes(c + dept.slice(1)))) return c + rest
  }
  // a bare prefix the place does not settle stays as written
  return dept
}

// 县长李永军在作《政府工作报告》, 代表县政府作工作报告, 向大会作政府工作报告
const REPORT_RE = /作(?:了)?《?政府工作报告|政府作工作报告|《政府工作报告》摘要|政府工作报告(?:披露|显示|指出|提出|明确)/
const HEAD_TITLES = new Set(['市长', '县长', '区长', '省长', '州长', '主席', '旗长', '盟长'])
const TITLE_NAME = new RegExp(`(${TITLES.join('|')})([\\u4e00-\\u9fa5]{2,3}?)(?=在|代表|向|作)`, 'g')
const SOURCE_RE = /来源[::]\s*((?:[省市区县]|[\u4e00-\u9fa5]{2,8}[省市区县])[\u4e00-\u9fa5]{1,10}?(?:局|委员会|办公室|指挥部|人民政府|委))(?=[\s|,。]|$)/
const FROM_RE = /从((?:[省市区县]|[\u4e00-\u9fa5]{2,8}[省市区县])[\u4e00-\u9fa5]{0,10}?(?:局|委员会|办公室|指挥部|人民政府|政府))(?:了解到|获悉|获知)/
const BYLINE_BODY = /^[\d\s:-]*([\u4e00-\u9fa5]{2,10}[省市区县](?:人民政府|[\u4e00-\u9fa5]{1,8}?局))\s*$/m

export interface LeadOwner {
  department: string | null
  person: string | null
  /** the department is the government of the article's own place (its district decides the name) */
  government: boolean
}

/**
 * The department (and the speaking head of government) an article's opening names: checked on
 * the title and the first few hundred characters only.
 */
export function leadOwner(title: string, head: string): LeadOwner | null {
  const report = REPORT_RE.exec(head)
  if (report || /政府工作报告/.test(title)) {
    let person: string | null = null
    if (report) {
      const before = head.slice(Math.max(0, report.index - 40), report.index + 1)
      TITLE_NAME.lastIndex = 0
      for (let m = TITLE_NAME.exec(before); m; m = TITLE_NAME.exec(before)) if (HEAD_TITLES.has(m[1])) person = m[2]
    }
    return { department: null, person, government: true }
  }
  const talk = head.includes('接受') ? INTERVIEWED.exec(head) : null
  if (talk) return { department: talk[1], person: talk[3], government: false }
  // each pattern only where its fixed word occurs (they are tried on every article's opening)
  const top = head.slice(0, 80)
  const m =
    (head.includes('来源') ? SOURCE_RE.exec(head) : null) ??
    (head.includes('从') ? FROM_RE.exec(head) : null) ??
    (top.includes('政府') || top.includes('局') ? BYLINE_BODY.exec(top) : null)
  return m ? { department: m[1], person: null, government: false } : null
}

// "京口区委书记徐申锋接受了本报记者专访": the interviewed official's body and name
const INTERVIEWED = /((?:[省市区县]|[\u4e00-\u9fa5]{2,8}[省市区县])(?:委|人民政府|政府|[\u4e00-\u9fa5]{1,8}?局))(?:党组|党委)?(书记|局长|区长|县长|市长|主任)([\u4e00-\u9fa5]{2,3}?)(?=在?接受)/

// Government body names end on one of these characters (局, 委, 厅, 政府): the pattern is tried only
// a few offsets before each of them, not at every character of the article.
const DEPT_AT = new RegExp(DEPT_RE.source, 'y')
const NAME_END = new Uint8Array(65536)
for (const ch of '局委厅府') NAME_END[ch.charCodeAt(0)] = 1
const MAX_REACH = 16
// the body an article is about is named in its opening paragraphs: a long report is not read twice
const DOMINANT_SPAN = 1500

/**
 * The department an article keeps naming (贵阳市文化和旅游局 … 市文化和旅游局 …) in its opening: the
 * most frequent full name when it is named at least twice and more often than any other body.
 */
export function dominantDepartment(body: string, place: DepartmentPlace): string | null {
  const counts = new Map<string, number>()
  const full = new Map<string, string>()
  let from = 0
  const span = Math.min(body.length, DOMINANT_SPAN)
  for (let i = 0; i < span; i++) {
    if (NAME_END[body.charCodeAt(i)] !== 1) continue
    // the leftmost name (not overlapping the last one) that reaches this character
    for (let k = Math.max(from, i - MAX_REACH); k <= i; k++) {
      DEPT_AT.lastIndex = k
      const m = DEPT_AT.exec(body)
      if (!m || k + m[0].length <= i) continue
      let d = full.get(m[0])
      if (d === undefined) full.set(m[0], (d = fullDepartment(m[0], place)))
      counts.set(d, (counts.get(d) ?? 0) + 1)
      from = k + m[0].length
      i = from - 1
      break
    }
  }
  let best: string | null = null
  let n = 0
  let second = 0
  for (const [k, v] of counts) {
    if (v > n) [best, n, second] = [k, v, n]
    else if (v > second) second = v
  }
  return best && n >= 2 && n > second ? best : null
}
