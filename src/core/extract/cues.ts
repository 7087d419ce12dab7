// Cue words that decide kind, comparator and growth. Lists of general Chinese policy language,
// not tied to any text.
import type { Comparator } from '../model/types'

/** Words that make a clause (and the clauses after it in the sentence) a pledge. */
// 计划 is handled per figure (计划投资28亿元 plans that figure only): see plannedBefore.
// 争取 is weak: in reports it often means "obtained" (争取…项目17个).
export const STRONG_FUTURE = ['力争', '确保', '目标', '预期', '力求', '拟', '将于', '务必', '预计', '冲刺', '到20', '之前完成']
/** Softer forward-looking verbs: a pledge unless the sentence reports the past. */
export const WEAK_FUTURE = ['争取', '将', '推动', '加快', '着力', '全力推进', '要', '进一步', '继续', '持续推进', '下一步', '争创', '创建']
/** Reported results. 了 is checked separately (了解 is not past). */
export const PAST = ['已', '昨日', '昨天', '前天', '共计', '共有', '先后', '截至', '截止', '目前', '以来', '去年', '上年', '过去', '荣获', '获评', '创下', '同比', '完成了', '实现了']
/** Verbs of a dated deliverable (a milestone). */
export const COMPLETION = ['建成', '投产', '投用', '投入运营', '投入使用', '开放', '开业', '开工', '竣工', '完工', '通车', '运营', '落地', '启用', '上线', '交付', '挂牌', '完成', '实现', '达产', '封顶', '运行', '营业', '开通', '贯通']
const FALSE_FUTURE = ['主要', '重要', '需要', '要求', '要素', '纲要', '摘要', '将军', '必要', '只要', '要点', '首要', '将近']

// Each word list is compiled once, at load, into one alternation: a single scan per clause (and
// no lookup of the compiled pattern on the hot path).
function alternation(words: readonly string[]): RegExp {
  return new RegExp([...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
}
const STRONG_RE = alternation(STRONG_FUTURE)
const WEAK_RE = alternation(WEAK_FUTURE)
const PAST_RE = alternation(PAST)
const COMPLETION_RE = alternation(COMPLETION)

/** 了 as an aspect marker (not 了解, 为了, 除了, 了不起). */
function hasLe(s: string): boolean {
  for (let i = s.indexOf('了'); i >= 0; i = s.indexOf('了', i + 1)) {
    // by code (NaN off either end): no one-character strings
    const prev = s.charCodeAt(i - 1)
    const next = s.charCodeAt(i + 1)
    if (next === JIE || next === BU || NOT_LE_AFTER.has(prev)) continue
    return true
  }
  return false
}
const JIE = '解'.charCodeAt(0)
const BU = '不'.charCodeAt(0)
const NOT_LE_AFTER = new Set([...'为除受明'].map((ch) => ch.charCodeAt(0)))

// Period-to-date reports: 前8个月, 1-9月, 元至九月, 年初以来
const PERIOD_TO_DATE = /前[\d一二三四五六七八九十]{1,2}个月|[1一元][-—~至到][\d一二三四五六七八九十]{1,2}月|年初以来|今年以来/
// every PERIOD_TO_DATE match holds one of these (前…个月, 年初以来, 今年以来, or the range mark of 1-9月)
const PERIOD_MARKS = '前年今-—~至到'

// Reporting verbs (提出了…目标) say who spoke, not that the figure is past.
const REPORTING = /(?:提出|指出|介绍|强调|明确|部署|确定)了/g

export function isPast(s: string): boolean {
  return isPastHinted(s, CUE_PAST)
}

/**
 * isPast(s) given the OR of CUE_FIRST over s's codes: each of its three tests runs only when s
 * has a character it needs.
 */
export function isPastHinted(s: string, hints: number): boolean {
  if ((hints & CUE_PAST) === 0) return false
  const t = (hints & CUE_LE) !== 0 && s.includes('了') ? s.replace(REPORTING, '') : s
  return ((hints & CUE_PAST_WORD) !== 0 && PAST_RE.test(t)) || ((hints & CUE_LE) !== 0 && hasLe(t)) || ((hints & CUE_PERIOD) !== 0 && PERIOD_TO_DATE.test(t))
}

// Progress against a plan (占年度计划111.6%, 完成年度目标任务78%) reports, it does not pledge.
const PROGRESS = /(?:占|完成|超)(?:年度|全年)?(?:目标|计划)(?:任务)?/g

export function isStrongFuture(s: string): boolean {
  if (!STRONG_RE.test(s)) return false
  // both rewrites remove only text with 计划 or 目标: without 计 or 目 the answer is the match above
  if (!hasEither(s, JI, MU)) return true
  // "…倍增计划," / "…的目标" at a clause end name a plan rather than pledge one
  const t = s.replace(PROGRESS, '').replace(/(?:计划|目标)(?=$|[,。;:的”"])/g, '')
  return STRONG_RE.test(t) || /目标(?:是|为)/.test(s)
}

const FALSE_FUTURE_RE = new RegExp(FALSE_FUTURE.join('|'), 'g')
const JI = '计'.charCodeAt(0)
const MU = '目'.charCodeAt(0)
const YAO = '要'.charCodeAt(0)
const JIANG = '将'.charCodeAt(0)

/** s has the character x or y (one pass over the codes). */
function hasEither(s: string, x: number, y: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === x || c === y) return true
  }
  return false
}

/**
 * First characters of the cue words, by family (bits CUE_STRONG, CUE_WEAK, CUE_PAST): a text
 * without any first character of a family cannot match it, so one pass over a clause (OR of
 * CUE_FIRST over its codes) tells which of isStrongFuture / isWeakFuture / isPast can be true.
 * (Their rewrites only remove text, so a match in the rewritten text uses characters of the
 * clause.) CUE_PAST is the union of the three tests of isPast: a past word, 了, a period to date.
 */
export const CUE_STRONG = 1
export const CUE_WEAK = 2
export const CUE_PAST_WORD = 4
export const CUE_LE = 8
export const CUE_PERIOD = 16
export const CUE_PAST = CUE_PAST_WORD | CUE_LE | CUE_PERIOD
export const CUE_FIRST = new Uint8Array(65536)
for (const w of STRONG_FUTURE) CUE_FIRST[w.charCodeAt(0)] |= CUE_STRONG
for (const w of WEAK_FUTURE) CUE_FIRST[w.charCodeAt(0)] |= CUE_WEAK
for (const w of PAST) CUE_FIRST[w.charCodeAt(0)] |= CUE_PAST_WORD
CUE_FIRST['了'.charCodeAt(0)] |= CUE_LE
for (const ch of PERIOD_MARKS) CUE_FIRST[ch.charCodeAt(0)] |= CUE_PERIOD
export function isWeakFuture(s: string): boolean {
  if (!WEAK_RE.test(s)) return false
  // 启动创建 / 开展创建: 创建 is the object of another verb there (a campaign under way), not a pledge;
  // 争取到… / 争取资金… report money or support obtained (a pledge needs another cue or a coming year)
  let t = s.includes('创建') ? s.replace(CREATE_AS_OBJECT, '  ') : s
  if (t.includes('争取')) t = t.replace(OBTAINED, '  ')
  // every FALSE_FUTURE word has 要 or 将: without them the rewrite changes nothing
  if (!hasEither(t, YAO, JIANG)) return t === s || WEAK_RE.test(t)
  return WEAK_RE.test(t.replace(FALSE_FUTURE_RE, '  '))
}
const CREATE_AS_OBJECT = /(?<=启动|开展|深化)创建/g
const OBTAINED = /争取(?=到|(?:上级|中央|省级|省|市级|各类|专项)?资金)/g

/** 计划 right before a figure in the same list segment: 年度计划投资4.59亿元. */
export function plannedBefore(clause: string, at: number): boolean {
  const seg = clause.slice(0, at)
  const i = seg.lastIndexOf('计划')
  if (i < 0 || seg.lastIndexOf('、') > i) return false
  // 计划总投资 is the size of projects already under way, not a planned figure
  if (seg.startsWith('总投资', i + 2)) return false
  // 下达投资计划4268.3万元: a plan already handed down (an allocation made), not a pledge
  if (/下达[\u4e00-\u9fa5]{0,4}$/.test(seg.slice(0, i))) return false
  return !/(?:占|完成|超)(?:年度|全年)?计划$/.test(seg.slice(0, i + 2))
}

export const hasCompletion = (s: string) => COMPLETION_RE.test(s)
/** A pledged rank or standing: 确保…继续保持第一, 力争进入全国前列. */
export const hasRankPledge = (s: string) => /保持|位居|进入|跻身|争当|争创/.test(s) && /第一|前列|前[三五十]|领先|首位|一流|第一方阵/.test(s)

// Comparator written right before the number (longest first).
const PRE: Array<[string, Comparator]> = [
  ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['不超过', '≤'], ['不高于', '≤'], ['不多于', '≤'], ['控制在', '≤'],
  ['达到', '≥'], ['超过', '>'], ['突破', '>'], ['高于', '>'], ['多于', '>'], ['大于', '>'], ['低于', '<'], ['少于', '<'],
  ['不超', '≤'], ['不足', '<'], ['接近', '≈'], ['大约', '≈'], ['约', '≈'], ['近', '≈'], ['超', '>'], ['逾', '>'], ['达', '≥'],
]
// Comparator written after the unit.
const POST: Array<[string, Comparator]> = [
  ['以上', '≥'], ['及以上', '≥'], ['以下', '≤'], ['以内', '≤'], ['左右', '≈'], ['上下', '≈'],
]

/** Comparator word ending exactly at `before`'s end, with its length. */
// 签约/合约/最近/将近: the cue character is part of another word
const NOT_CUE: Record<string, string> = { 约: '签合契预节制条公相邀', 近: '最接附邻靠将', 超: '赶', 达: '发表到传通高' }

// PRE entries by their last character, in PRE's order: only those can end `before`
const PRE_BY_LAST = new Map<number, Array<[string, Comparator]>>()
for (const e of PRE) {
  const k = e[0].charCodeAt(e[0].length - 1)
  const list = PRE_BY_LAST.get(k)
  if (list) list.push(e)
  else PRE_BY_LAST.set(k, [e])
}

export function preComparator(before: string): [Comparator, number] | null {
  const list = PRE_BY_LAST.get(before.charCodeAt(before.length - 1))
  if (!list) return null
  for (const [w, c] of list) {
    if (!before.endsWith(w)) continue
    const guard = NOT_CUE[w]
    if (guard && guard.includes(before[before.length - w.length - 1] ?? '')) return null
    return [c, w.length]
  }
  return null
}

export function postComparator(after: string): [Comparator, number] | null {
  return postComparatorAt(after, 0)
}

/** postComparator(s.slice(at)) without the slice. */
export function postComparatorAt(s: string, at: number): [Comparator, number] | null {
  if (!POST_FIRST.has(s.charCodeAt(at))) return null
  for (const [w, c] of POST) if (s.startsWith(w, at)) return [c, w.length]
  return null
}
// the first characters of the POST words, by code: most figures are followed by none of them
const POST_FIRST = new Set(POST.map(([w]) => w.charCodeAt(0)))

/** A comparator word anywhere in a short stretch (between a qualifier and the pledged figure). */
export function containsComparator(s: string): boolean {
  return /达|超过|突破|不低于|不少于|高于|超/.test(s)
}

const GROWTH = ['增长', '增速', '增幅', '提高', '提升', '上升', '下降', '降低', '增加', '减少', '年均', '涨幅']
/** Growth rate: a % (or 个百分点/倍) figure right after a growth word. */
export function isGrowth(before: string, unit: string): boolean {
  if (unit !== '%' && unit !== '个百分点' && unit !== '倍') return false
  const tail = before.slice(-6)
  for (const w of GROWTH) if (tail.includes(w)) return true
  return false
}
