// A press conference or news story told by a department's official (某自治区发展改革委主任某某介绍,
// 某市发改委党组成员、市项目办主任某某介绍): the department speaks for the figures the text gives.
// Used only when the article names no other body.

const OFFICIAL = /((?:[\u4e00-\u9fa5]{2,10}?[省市区县州盟旗]|[省市区县])[\u4e00-\u9fa5]{1,10}?(?:委员会|局|委|厅|办公室))[\u4e00-\u9fa5、]{0,14}?(?:主任|局长|厅长|负责人)([\u4e00-\u9fa5]{2,3}?)(?:介绍|表示)/
// 某区委 / 某县委 alone are party committees, not the department giving the figures
const PARTY_COMMITTEE = /^[\u4e00-\u9fa5]*[省市区县旗州盟]委$/

/** The department whose official presents the text's figures, or null. */
export function speakingOfficialBody(text: string): string | null {
  // the pattern needs 介绍 or 表示: most texts are not read at all
  // and is tried only on the few dozen characters before each of them, not from every offset
  for (const verb of ['介绍', '表示']) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + 2)) {
      const m = OFFICIAL.exec(text.slice(Math.max(0, i - WINDOW), i + 2))
      if (m && !PARTY_COMMITTEE.test(m[1])) return m[1]
    }
  }
  return null
}

// a body (up to 22), the titles between (up to 14), the title and name (up to 7)
const WINDOW = 44
