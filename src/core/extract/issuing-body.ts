// Who speaks for a government's text: the head of government named on a line of their own under
// the report's title (县长 某某, 镇长 某 某, 县长 某某·某某 for names written with a middle dot), or
// in running text (省长某某代表某某省人民政府向大会报告工作); and the government itself when the text
// speaks with its voice but names no body (政府工作报告, 区委、区政府启动…).
import { prefectureShortName } from './prefecture-short'

const HEADS = '(?:市长|县长|区长|省长|州长|镇长|乡长|旗长|盟长|主席)'
// a name of two to four characters, or two parts joined by a middle dot (· • ・ ‧)
const NAME = '([\\u4e00-\\u9fa5]{2,4}(?:[·•・‧][\\u4e00-\\u9fa5]{1,8})?)'
// the title and name closing a short line (县委副书记、县长 某某 / 某某镇人民政府镇长 某某)
const SPEAKER_LINE = new RegExp(`(?:^|\\n)[^\\n,。]{0,24}?${HEADS}[ \\t]*${NAME}[ \\t]*(?=\\r?\\n|$)`)
const SPEAKER_LINE_SPACED = new RegExp(`(?:^|\\n)[^\\n,。]{0,24}?${HEADS}[ \\t]+([\\u4e00-\\u9fa5])[ \\t]([\\u4e00-\\u9fa5]{1,2})[ \\t]*(?=\\r?\\n|$)`)
// 省长某某代表某某省人民政府向大会报告工作
const SPEAKER_RUNNING = new RegExp(`${HEADS}([\\u4e00-\\u9fa5]{2,3}?)代表([\\u4e00-\\u9fa5]{2,12}?人民政府)向`)
// 我代表某某镇人民政府 (a named place, not the bare 县人民政府)
const DELIVERING = /代表([\u4e00-\u9fa5]{2,12}?人民政府)/

export interface Speaker {
  person: string | null
  department: string | null
}

/** The speaker and issuing government an opening names; null when it names neither. */
export function reportSpeaker(opening: string): Speaker | null {
  let person: string | null = null
  let department: string | null = null
  const running = SPEAKER_RUNNING.exec(opening)
  if (running) [person, department] = [running[1], running[2]]
  if (!person) {
    const line = SPEAKER_LINE.exec(opening)
    if (line) person = line[1].replace(/[•・‧]/g, '·')
    else {
      const spaced = SPEAKER_LINE_SPACED.exec(opening)
      if (spaced) person = spaced[1] + spaced[2]
    }
  }
  if (!department) {
    const d = DELIVERING.exec(opening)
    // 代表县人民政府 names no place: the article's district decides its name elsewhere
    if (d && !/^[省市区县州镇乡旗盟]人民政府$/.test(d[1])) department = d[1]
  }
  return person || department ? { person, department } : null
}

// the text speaks as a government: a work report, or the government acting (区委、区政府全面启动…),
// not a higher level's instruction followed (按照市委、市政府统一部署) or thanked
const GOVERNMENT_VOICE = /政府工作报告|[省市区县]委、?[省市区县]政府(?:全面|正式)?(?:启动|实施|推出|确定|印发|出台)/

export function speaksAsGovernment(text: string): boolean {
  return GOVERNMENT_VOICE.test(text)
}

/** The district's government as the text writes it: 某某州人民政府 for an autonomous prefecture named so. */
export function governmentOf(district: string, text: string): string {
  const short = prefectureShortName(district)
  if (short && text.includes(short + '人民政府')) return short + '人民政府'
  return district + '人民政府'
}
