// Pledges without a figure. A clause names a deliverable when, after its modal and manner words
// (争取, 力争, 确保, 将, 高标准, 年底前…), it opens on a build or delivery verb with a named object
// (开工建设X, 建成X, 启动X建设, 举办X, 编制X), or names its object first and ends on the state
// reached (X建成通车, X全面启动, X完成搬迁, X年底达到…条件, X全覆盖). Generic objects (主体工程,
// 各项任务, 省下达的…目标) and slogans are not deliverables. A title to win (创建X, 争创X) is a
// qualitative pledge only with an object of its own: 创建工作, 四个创建 and 为创建…打基础 are slogans.
// Whether the clause pledges at all (a year or a forward cue in force, nothing past) is the caller's.

// words that may stand before the verb: modal, manner and deadline words (repeated: 还将争取…)
const LEAD =
  /^(?:还|并|同时|要|将|争取|力争|确保|力促|计划|拟|全力|加快|积极|努力|高标准|高质量|早日|尽快|陆续|年内|年底前|年底|今年|全年|\d{4}年(?:底前|底|内)?|在\d{4}年)+/

// verb first, then what is delivered (four characters or more)
const VERB_FIRST =
  /^(?:基本|全面)?(?:开工建设|建成投用|建成投运|建成通车|开工|开建|建成|竣工|完工|完成|启动|举办|编制)(.{4,})$/
// 实现 only with a checkable end state (实现…全覆盖, 实现…通车): 实现…突破 is a slogan
const REACH = /^(?:基本|全面)?实现(.{4,}?)(?:全覆盖|通车|运营|投产|投用|贯通|开放)$/
// what is delivered first, then the state it reaches, with an optional deadline word between
const OBJECT_FIRST =
  /^(.{4,}?)(?:年底前|年底|年内|\d{1,2}月底前|\d{1,2}月底)?(?:建设)?(?:全面)?(?:建成通车|竣工通车|建成投用|建成投运|开工建设|计划开建|开工|开建|启动|完成(?:搬迁|拆除|征收|安置)|达到[^,;]{1,10}条件|全覆盖)$/
// "达到…条件" after the lead words: the object is the clause before (计划年底前达到…条件)
const CONDITION = /^达到[^,;]{2,10}条件$/

// objects that name no deliverable of their own
const PART_ONLY = /^(?:主体|剩余|前期|后续|配套|附属|相关|全部|年度|重点|重大)?(?:项目|工程|工作)?(?:建设|任务|改造|施工|目标|工程|工作|项目)?$/
const GENERIC_HEAD = /^(?:各项|全年|年度|既定|全部|相关|省下达|市下达|县下达|国家下达|上级下达|目标|任务)/
// a target or indicator to meet is not a deliverable; 工作 only with a named object before it
const TARGET_TAIL = /(?:目标任务|目标|指标)$/
const GENERIC_TAIL = /工作$/
// a subject that pledges or counts (将实现新开工, 要加快…开工) is not what is delivered
const NOT_SUBJECT = /将|要|实现|推进|加快|新$/
// numbers inside names (2号线, S104, 二期 are not digits), and a year (2000年底前建成的)
const NAMED_NUMBERS = /[A-Za-z]+\d+|\d+(?:号线|号|期|级|线|A级)|\d{4}年/g

/** The object names a deliverable: not a bare part, not a generic task, no figure left in it. */
function namesDeliverable(object: string): boolean {
  if (PART_ONLY.test(object) || GENERIC_HEAD.test(object) || TARGET_TAIL.test(object)) return false
  if (GENERIC_TAIL.test(object) && object.replace(GENERIC_TAIL, '').length < 4) return false
  if (/\d/.test(object) && /\d/.test(object.replace(NAMED_NUMBERS, ''))) return false
  return !/[,;。]/.test(object)
}

// cheap gates (this runs on every figureless pledge clause): the characters LEAD can open with,
// and the last characters of the states OBJECT_FIRST ends on
const LEAD_FIRST = new Uint8Array(65536)
for (const ch of '还并同要将争力确计拟全加积努高早尽陆年今在0123456789') LEAD_FIRST[ch.charCodeAt(0)] = 1
const STATE_LAST = new Uint8Array(65536)
for (const ch of '车用运设建工动迁除收置件盖') STATE_LAST[ch.charCodeAt(0)] = 1

/** The clause without its leading modal, manner and deadline words. */
export function withoutLead(clause: string): string {
  return LEAD_FIRST[clause.charCodeAt(0)] === 1 ? clause.replace(LEAD, '') : clause
}

/** The clause (one clause, no figure read in it) names a deliverable. */
export function isFigurelessDeliverable(clause: string): boolean {
  const t = clause.trim()
  const c = withoutLead(t)
  if (c !== t && CONDITION.test(c)) return true
  const m = VERB_FIRST.exec(c) ?? REACH.exec(c)
  if (m !== null) return namesDeliverable(m[1])
  if (STATE_LAST[c.charCodeAt(c.length - 1)] !== 1) return false
  const o = OBJECT_FIRST.exec(c)
  return o !== null && !NOT_SUBJECT.test(o[1]) && namesDeliverable(o[1])
}

// a title to win; 创成 (won) pledges only after a forward word of the clause
const TITLE = /创建|争创|申创|创评|申报成为|创成/g
const TITLE_NOT_BEFORE = '为个的'
const FORWARD = /力争|争取|确保|努力|将|要/

/** 创建X / 争创X / 申报成为X with an object of its own (not 创建工作, 四个创建, 为创建…打基础). */
export function isTitlePledge(clause: string): boolean {
  // every title word holds 创 or 申报: most clauses hold neither
  if (!clause.includes('创') && !clause.includes('申报')) return false
  TITLE.lastIndex = 0
  for (let m = TITLE.exec(clause); m !== null; m = TITLE.exec(clause)) {
    const prev = clause[m.index - 1] ?? ''
    if (prev !== '' && TITLE_NOT_BEFORE.includes(prev)) continue
    if (m[0] === '创成' && !FORWARD.test(clause.slice(0, m.index))) continue
    const after = clause.slice(m.index + m[0].length)
    if (/^(?:[”"’]|工作|活动)/.test(after) || after.replace(/[“”"\s]/g, '').length < 3) continue
    if (/打基础$|工作$/.test(after)) continue
    return true
  }
  return false
}
