// One sentence at a time: clauses (split at , ; : …) inherit modal words, past markers and years
// from the clauses before them; each clause yields its quantities, or a milestone/qualitative pledge.
import type { Comparator, Deadline, ExtractedCommitment, Kind } from '../model/types'
import type { ArticleInfo } from './article-owners'
import { groupName, groupOf, NO_GROUP } from './category'
import { isWhiteSpace } from './chars'
import { CUE_FIRST, CUE_PAST, CUE_STRONG, CUE_WEAK, hasCompletion, hasQualitative, hasRankPledge, isPastHinted, isStrongFuture, isWeakFuture, opensOnDeliverable, plannedBefore } from './cues'
import { findDeadlines, type DateContext } from './deadlines'
import { fullDepartment } from './departments'
import { gazetteer } from './gazetteer'
import { isCnNumCode } from './numbers'
import { clauseMetric } from './metricless'
import { departmentAtStart, departmentDistrict, personAtStart } from './owners'
import { ownerOf, scanPlaces, type CityContext, type PlaceHit } from './places'
import { findQuantities, type Quantity } from './quantities'
import { opensOnPlannedDeliverable } from './plan-list'

export interface SentenceEnv {
  view: string
  ctx: CityContext
  hits: PlaceHit[]
  date: DateContext
  isoDate: string | null
  /** pledge context left by the sentence before in the same paragraph (reset at each line) */
  lineCarry?: LineCarry | null
  /** owner named by a paragraph label (汉阳区:…): reset at each line */
  labelDistrict?: string | null
  /** owner named by a section heading line (渝中 / 沙坪坝 in a digest of district reports): until the next one */
  section?: { district: string; department: string | null } | null
  /** full department names already worked out in the current article (name → district → full name) */
  departments?: { article: number | null; byName: Map<string, Map<string | null, string>> } | null
  /** the year an article last pledged for (2020年目标…, 到2025年…): its later undated targets and listed deliverables belong to it */
  plan?: { article: number | null; deadline: Deadline } | null
  /** a sentence of the current paragraph reported the past (2018年,… / 年初以来…): reset at each line */
  paragraphPast?: boolean
  /** where commitments go, the original text, the view → original mapping and the article index */
  out: ExtractedCommitment[]
  text: string
  toOriginal: (vstart: number, vend: number) => [number, number]
  article: number | null
}

/** A paragraph that pledges for a named year keeps pledging in its bare list sentences. */
export interface LineCarry {
  year: number
  deadline: Deadline
}

interface Owner {
  district: string | null
  department: string | null
  person: string | null
}

/** Appends a commitment in its final shape (one object per commitment: this is the hot path). */
function emit(
  env: SentenceEnv,
  kind: Kind,
  metric: string,
  value: number | null,
  unit: string | null,
  comparator: Comparator | null,
  growth: boolean,
  deadline: Deadline | null,
  owner: Owner,
  category: string,
  confidence: number,
  vstart: number,
  vend: number,
): void {
  const [os, oe] = env.toOriginal(vstart, vend)
  // built field by field in the contract's order
  env.out.push({
    kind,
    quote: env.text.slice(os, oe),
    start: os,
    end: oe,
    metric,
    value,
    unit,
    comparator,
    growth,
    deadline,
    district: owner.district,
    department: owner.department,
    person: owner.person,
    category,
    confidence,
    article: env.article,
  })
}

// clause separators , ; : … — as char codes (no per-character string allocation in the scan)
const MAX_QUOTE = 160
const CLAUSE_END = new Uint8Array(65536)
for (const ch of ',;:…—') CLAUSE_END[ch.charCodeAt(0)] = 1
// What a clause can hold, from one pass over its codes (clauseHints): the cue families whose first
// character it has (cues.ts), a character every deadline expression contains (skip the deadline
// regex when none is present: 元旦 is the only one with 元, which every 万元 has, so 旦 stands for
// it), a figure's first character (a digit, a Chinese numeral, or 过 of 过半), and 新 (新的一年).
// A clause or sentence without a family's characters skips that family's tests.
const HINT_DATE = 32
const HINT_FIGURE = 64
const HINT_NEW = 128
const HINT_ALL = CUE_STRONG | CUE_WEAK | CUE_PAST | HINT_DATE | HINT_FIGURE | HINT_NEW
const CLAUSE_HINT = new Uint8Array(CUE_FIRST)
for (const ch of '年月季底末春十国旦日天五') CLAUSE_HINT[ch.charCodeAt(0)] |= HINT_DATE
CLAUSE_HINT['新'.charCodeAt(0)] |= HINT_NEW
for (let c = 0; c < 65536; c++) if ((c >= 48 && c <= 57) || isCnNumCode(c)) CLAUSE_HINT[c] |= HINT_FIGURE
CLAUSE_HINT['过'.charCodeAt(0)] |= HINT_FIGURE
function clauseHints(view: string, a: number, b: number): number {
  let m = 0
  for (let i = a; i < b && m !== HINT_ALL; i++) m |= CLAUSE_HINT[view.charCodeAt(i)]
  return m
}
const SENTENCE_HINT = new Uint8Array(65536)
for (const ch of '0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿〇零创建成投产开放运营年季') SENTENCE_HINT[ch.charCodeAt(0)] = 1
// 完 counts only as 完工 (完成 has 成 already): 完善, the commonest word with 完, pledges nothing by itself
const WAN = '完'.charCodeAt(0)
const GONG = '工'.charCodeAt(0)

/** Heading, byline or label lines (short, without sentence punctuation) are not sentences. */
function isLabelLine(view: string, lineStart: number, e: number): boolean {
  if (e - lineStart > 44) return false
  let b = e
  while (b < view.length && view.charCodeAt(b) !== 10 && b - lineStart <= 44) b++
  const line = view.slice(lineStart, b).trim()
  return line.length <= 40 && !/[,。;]/.test(line)
}

/**
 * The state one sentence carries from clause to clause (modal words, the year and deadline in
 * force, the last pledged year) and the facts of the clause being read, filled in by the small
 * steps below: no closures or intermediate objects per clause. One object, reset by begin() for
 * each sentence (the clause fields are all set by processClause before they are read).
 */
class SentenceScan {
  sentence = ''
  sentencePast = false
  info: ArticleInfo | null = null
  hitIdx = 0
  // carried from the clauses before
  strong = false
  weak = false
  predict = false
  year: number | null = null
  deadline: Deadline | null = null
  explicit: number | null = null
  implicit = false
  lastTargetYear: number | null = null
  lastTargetDeadline: Deadline | null = null
  lastMetric = ''
  // the current clause: [a, b) in the view
  a = 0
  b = 0
  clause = ''
  clauseDeadline: Deadline | null = null
  dated: Deadline | null = null
  forward = false
  cStrong = false
  cWeak = false
  cPredict = false
  clausePast = false
  /** the clause's deadline, else the one carried */
  inForce: Deadline | null = null
  inForceYear: number | null = null
  explicitFuture = false
  kind: Kind = 'fact'
  owner: Owner | null = null
  // category groups of the clause, the sentence and the article title, found once (-1: not yet)
  clauseGroup = -1
  sentenceGroup = -1
  titleGroup = -1
  // cue tests asked more than once per clause or sentence, answered once (-1: not yet, 0 / 1)
  clauseStrong = -1
  clauseWeak = -1
  progressShare = -1
  /** clauseHints of the current clause */
  hints = 0

  begin(sentence: string, sentencePast: boolean, info: ArticleInfo | null, hitIdx: number): this {
    this.sentence = sentence
    this.sentencePast = sentencePast
    this.info = info
    this.hitIdx = hitIdx
    this.strong = false
    this.weak = false
    this.predict = false
    this.year = null
    this.deadline = null
    this.explicit = null
    this.implicit = false
    this.lastTargetYear = null
    this.lastTargetDeadline = null
    this.lastMetric = ''
    this.sentenceGroup = -1
    this.titleGroup = -1
    this.progressShare = -1
    return this
  }
}

// processSentence is not re-entrant (it never calls itself), so one scan object serves every sentence
const SCAN = new SentenceScan()

/** Appends the sentence's commitments to env.out. */
export function processSentence(env: SentenceEnv, s: number, e: number, info: ArticleInfo | null, hitIdx: number, lineStart: number): void {
  const { view } = env
  if (!hasHint(view, s, e)) return
  const sentence = view.slice(s, e)
  if (isLabelLine(view, lineStart, e) || sentence.trimEnd().endsWith('?')) return
  const first = env.out.length
  // "3月30日,…举办…": a sentence opening on a day already reached reports an event
  const hints = clauseHints(view, s, e)
  const sc = SCAN.begin(sentence, isPastHinted(sentence, hints) || datelineReached(sentence, env.date), info, hitIdx)
  startCarry(env, sc, hints)
  let cs = s
  for (let i = s; i <= e; i++) {
    // the character scan sits in a small function of its own: it is optimised long before this one
    i = clauseEnd(view, i, e)
    let a = cs
    let b = i === e && isSentenceStop(view.charCodeAt(e - 1)) ? e - 1 : i
    cs = i + 1
    while (a < b && isWhiteSpace(view.charCodeAt(a))) a++
    while (b > a && isWhiteSpace(view.charCodeAt(b - 1))) b--
    if (b - a >= 2) processClause(env, sc, a, b)
  }
  env.lineCarry = sc.lastTargetYear !== null && sc.lastTargetDeadline ? { year: sc.lastTargetYear, deadline: sc.lastTargetDeadline } : null
  // a sentence that pledged for a named year (even with no figure read) sets the article's plan year
  if (env.lineCarry && env.lineCarry.deadline.precision === 'year') setPlan(env, env.lineCarry.deadline)
  laterYearDates(env.out, first)
  // the shared scan must not keep the page's text alive after the last sentence
  sc.sentence = sc.clause = ''
  sc.info = null
  sc.owner = null
}

/** A sentence without any numeral or pledge character yields nothing: checked without slicing. */
function hasHint(view: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = view.charCodeAt(i)
    if (SENTENCE_HINT[c] === 1 || (c === WAN && view.charCodeAt(i + 1) === GONG)) return true
  }
  return false
}

/** Pledge context the sentence starts with: the paragraph's pledged year, or 面对新的一年. */
function startCarry(env: SentenceEnv, sc: SentenceScan, hints: number): void {
  const lineCarry = env.lineCarry ?? null
  env.lineCarry = null
  const sentence = sc.sentence
  // a bare list sentence after a paragraph's pledges (no cue, no past, no year of its own) continues them
  // — and a list sentence with a cue of its own (…完成国家下达的目标) still keeps the frame's year
  // (到2025年 set once for a paragraph of targets)
  if (lineCarry && !sc.sentencePast && !/\d{4}年|今年|明年|全年/.test(sentence)) {
    sc.strong = !isStrongFuture(sentence) && !isWeakFuture(sentence)
    sc.year = lineCarry.year
    sc.explicit = lineCarry.year
    sc.deadline = lineCarry.deadline
  }
  // "面对新的一年,…": the figures that follow are the coming year's targets
  if (env.date.year !== null && !sc.strong && (hints & HINT_NEW) !== 0 && NEW_YEAR.test(sentence)) {
    const y = env.date.month >= 11 ? env.date.year + 1 : env.date.year
    sc.strong = true
    sc.year = y
    sc.explicit = y
    sc.deadline = { date: `${y}-12-31`, precision: 'year' }
  }
}

/** One clause: its deadlines, its kind, then its figures (or its figureless pledge). */
function processClause(env: SentenceEnv, sc: SentenceScan, a: number, b: number): void {
  const clause = env.view.slice(a, b)
  sc.a = a
  sc.b = b
  sc.clause = clause
  sc.owner = null
  sc.clauseGroup = -1
  sc.clauseStrong = -1
  sc.clauseWeak = -1
  sc.hints = clauseHints(env.view, a, b)
  readDeadlines(env, sc, clause)
  classifyClause(env, sc, clause)
  const quantities = (sc.hints & HINT_FIGURE) !== 0 ? findQuantities(clause) : null
  if (quantities !== null && quantities.length > 0) emitQuantities(env, sc, clause, quantities)
  else emitFigureless(env, sc, clause)
  carryOn(sc)
}

const QIAN = '前'.charCodeAt(0)

/** The clause's deadlines; the year they name carries on to the clauses after. */
function readDeadlines(env: SentenceEnv, sc: SentenceScan, clause: string): void {
  sc.clauseDeadline = null
  sc.dated = null
  sc.forward = false
  if ((sc.hints & HINT_DATE) === 0) return
  for (const h of findDeadlines(clause, env.date, sc.year)) {
    // "年底前", "6月底前", "12月31日前": a deadline still ahead that the clause works towards
    // (前 within the last three characters of the match and the two after it)
    const mEnd = Math.min(h.end + 2, clause.length)
    for (let k = Math.max(h.start, mEnd - 3); k < mEnd; k++) {
      if (clause.charCodeAt(k) === QIAN && (env.isoDate === null || h.deadline.date >= env.isoDate)) sc.forward = true
    }
    sc.year = h.year
    sc.clauseDeadline = h.deadline
    if (h.dated) sc.dated = h.deadline
    if (h.explicit) sc.explicit = h.year
    else if (sc.explicit === null) sc.implicit = true
  }
  if (sc.dated) sc.clauseDeadline = sc.dated
}

/** Target or fact, from the modal words, past markers and the year in force. */
function classifyClause(env: SentenceEnv, sc: SentenceScan, clause: string): void {
  const d = env.date
  const implicitYear = sc.implicit && sc.explicit === null
  const explicitFuture = sc.explicit !== null && d.year !== null && sc.explicit >= d.year
  const strong = sc.strong || sc.forward || clauseStrong(sc, clause)
  const weak = sc.weak || clauseWeak(sc, clause)
  const predict = sc.predict || clause.includes('预计')
  const clausePast = isPastHinted(clause, sc.hints) || pastMonth(clause, d)
  const deadline = sc.clauseDeadline ?? sc.deadline
  const year = deadline ? Number(deadline.date.slice(0, 4)) : null
  const pastYear = year !== null && d.year !== null && year < d.year
  // only a named year (2024年, 今年, 到2025年) makes a figure a pledge by itself; 年度/全年 do not
  // …and a part of the year already over on the source date (前三季度 in October) reports, it does not pledge
  const periodOver = deadline !== null && deadline.precision !== 'year' && env.isoDate !== null && deadline.date < env.isoDate
  const futureYear = explicitFuture && year !== null && d.year !== null && year >= d.year && !periodOver
  // a deliverable listed after the article's plan year (新建…600套 under 2014年…将) belongs to that plan,
  // unless its paragraph reports (2018年,… / 年初以来… in an earlier sentence)
  if (clausePast || pastYear || sc.sentencePast) env.paragraphPast = true
  const planned = !env.paragraphPast && planDeadline(env) !== null && opensOnPlannedDeliverable(clause)
  // early in a year, 全年/年度 without a named year and without a pledge word reviews the last year
  // (全年…将不超… looks ahead: a forward word in the clause itself keeps it the coming year's)
  const reviewsLastYear = implicitYear && d.month <= 3 && !strong && !clauseWeak(sc, clause) && !planned
  // 预计 in January/February without a coming year named estimates the year just finished
  const estimatesLastYear = predict && d.month <= 2 && !explicitFuture
  let kind: Kind
  if (predict && (pastYear || estimatesLastYear)) kind = 'fact'
  // a day already passed (今年国庆…接待游客30万人次 in late October) dates a report
  else if (clausePast || pastYear || reviewsLastYear || (deadline !== null && deadline.precision === 'day' && env.isoDate !== null && deadline.date < env.isoDate)) kind = 'fact'
  // results for a part of the year already over (前三季度…增长6.0% in October), unless the clause itself pledges
  else if (periodOver && !clauseStrong(sc, clause)) kind = 'fact'
  // a sentence measuring progress against the year's plan (…完成投资X亿元,占年度计划的41%) reports
  else if (progressShare(sc) && !clauseStrong(sc, clause)) kind = 'fact'
  else if (strong) kind = 'target'
  else if (sc.sentencePast) kind = 'fact'
  else if (futureYear || weak || planned) kind = 'target'
  else kind = 'fact'
  sc.cStrong = strong
  sc.cWeak = weak
  sc.cPredict = predict
  sc.clausePast = clausePast
  sc.inForce = deadline
  sc.inForceYear = year
  sc.explicitFuture = explicitFuture
  sc.kind = kind
}

/** isStrongFuture(clause), isWeakFuture(clause) and the sentence's PROGRESS_SHARE, each tested once. */
function clauseStrong(sc: SentenceScan, clause: string): boolean {
  if (sc.clauseStrong < 0) sc.clauseStrong = (sc.hints & CUE_STRONG) !== 0 && isStrongFuture(clause) ? 1 : 0
  return sc.clauseStrong === 1
}
function clauseWeak(sc: SentenceScan, clause: string): boolean {
  if (sc.clauseWeak < 0) sc.clauseWeak = (sc.hints & CUE_WEAK) !== 0 && isWeakFuture(clause) ? 1 : 0
  return sc.clauseWeak === 1
}
function progressShare(sc: SentenceScan): boolean {
  if (sc.progressShare < 0) sc.progressShare = PROGRESS_SHARE.test(sc.sentence) ? 1 : 0
  return sc.progressShare === 1
}

/** The clause's owner, looked up once and only when the clause yields something. */
function ownerFor(env: SentenceEnv, sc: SentenceScan): Owner {
  return (sc.owner ??= clauseOwner(env, sc.clause, sc.a, sc.b, sc.info, sc.hitIdx))
}

/**
 * categorize(metric, near, sentence, title) — the first of these texts with a keyword group —
 * with the clause, sentence and title groups looked up once, not once per figure.
 * `near` is null when it is the whole clause; `sentence` false skips the sentence (run-on text).
 */
function categoryFor(sc: SentenceScan, metric: string | null, near: string | null, sentence: boolean): string {
  let g = groupOf(metric)
  if (g !== NO_GROUP) return groupName(g)
  g = near !== null ? groupOf(near) : sc.clauseGroup >= 0 ? sc.clauseGroup : (sc.clauseGroup = groupOf(sc.clause))
  if (g !== NO_GROUP) return groupName(g)
  if (sentence) {
    if (sc.sentenceGroup < 0) sc.sentenceGroup = groupOf(sc.sentence)
    if (sc.sentenceGroup !== NO_GROUP) return groupName(sc.sentenceGroup)
  }
  if (sc.titleGroup < 0) sc.titleGroup = groupOf(sc.info?.title)
  return groupName(sc.titleGroup)
}

const BARE_GROWTH = /^(?:同比|比上年)?(?:增长|增速|增幅|下降|提高)$/
const METRIC_VERBS = ['完成', '实现', '达到', '为']
/** metric.replace(/(?:完成|实现|达到|为)$/, ''): the verbs end on different characters, so at most one ends it. */
function withoutMetricVerb(metric: string): string {
  for (const v of METRIC_VERBS) if (metric.endsWith(v)) return metric.slice(0, metric.length - v.length)
  return metric
}
const STRIVING = /力争|争取|确保/

function emitQuantities(env: SentenceEnv, sc: SentenceScan, clause: string, quantities: Quantity[]): void {
  const { a, b, kind, clausePast } = sc
  const striving = STRIVING.test(clause)
  // context for the category: the clause, or for run-on text a window of it (keeps the scan linear)
  const long = b - a > MAX_QUOTE
  const withSentence = sc.sentence.length <= 400
  for (const q of quantities) {
    // "…完成5480亿元,增长4.2%": a bare growth figure is the growth of the figure before it
    if (q.growth && sc.lastMetric && BARE_GROWTH.test(q.metric)) q.metric = sc.lastMetric + q.metric
    if (!q.growth) sc.lastMetric = withoutMetricVerb(q.metric)
    const near = long ? clause.slice(Math.max(0, q.start - 60), q.end + 40) : null
    const qkind: Kind = q.progress ? 'fact' : kind === 'fact' && !clausePast && plannedBefore(long ? clause.slice(Math.max(0, q.start - 48), q.start) : clause, long ? Math.min(48, q.start) : q.start) ? 'target' : kind
    const isTarget = qkind === 'target'
    let comparator = q.comparator ?? '='
    if (isTarget && !q.comparator && striving) comparator = '≥'
    const deadline = isTarget ? (sc.inForce ?? planDeadline(env)) : null
    if (isTarget && deadline && deadline.precision === 'year') setPlan(env, deadline)
    const item = listItem(env, clause, q.start)
    const owner = ownerFor(env, sc)
    // a list item is quoted as itself (沈阳市200个), and answers for its own place
    const [qs, qe] = item ? [a + item.from, a + q.end] : long ? [Math.max(a, a + q.start - 60), Math.min(b, a + q.end + 40)] : [a, b]
    emit(env, qkind, q.metric, q.value, q.unit, comparator, q.growth, deadline, item ? { ...owner, district: item.district } : owner, categoryFor(sc, q.metric, near, withSentence), confidenceOf(qkind, sc.cStrong || clausePast, q.attribute), qs, qe)
  }
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

/** A clause without figures: a dated result, a milestone, or a qualitative pledge. */
function emitFigureless(env: SentenceEnv, sc: SentenceScan, clause: string): void {
  const dated = sc.dated
  const isoDate = env.isoDate
  const end = Math.min(sc.b, sc.a + MAX_QUOTE)
  if (sc.clausePast) {
    // "已于2021年12月25日竣工": a dated result without a figure
    if (dated && dated.precision !== 'year' && isoDate !== null && dated.date <= isoDate && hasCompletion(clause)) {
      emit(env, 'fact', clauseMetric(clause), null, null, null, false, null, ownerFor(env, sc), categoryFor(sc, null, null, true), 0.6, sc.a, end)
    }
    return
  }
  if (sc.sentencePast && !dated) return
  const pledged = sc.cStrong || sc.cWeak
  let k: Kind | null = null
  let dl: Deadline | null = null
  if (dated && upcoming(dated, isoDate) && hasCompletion(clause)) [k, dl] = ['milestone', dated]
  else if (sc.clauseDeadline && upcoming(sc.clauseDeadline, isoDate) && hasCompletion(clause) && pledged) [k, dl] = ['milestone', sc.clauseDeadline]
  else if (hasQualitative(clause) && !/\d/.test(clause.replace(/\d+A级/g, ''))) k = 'qualitative'
  else if (pledged && hasRankPledge(clause)) k = 'qualitative'
  // a deliverable listed without date or figure in a pledging sentence, or after the article's year targets
  else if (DELIVERABLE_FIRST[clause.charCodeAt(0)] === 1 && (pledged || planDeadline(env)) && !sc.sentencePast && isListedDeliverable(clause)) k = 'qualitative'
  if (k) emit(env, k, clauseMetric(clause), null, null, null, false, dl, ownerFor(env, sc), categoryFor(sc, null, null, true), k === 'milestone' ? 0.75 : 0.6, sc.a, end)
}

// numbers that are part of a name, not a figure: 1号线, 4A级
const NAMED_NUMBER = /\d+(?:号线|A级)/g
// first characters of a deliverable clause (基本/全面, 建成, 完工/完成, 开工建设, 实现): a cheap gate
const DELIVERABLE_FIRST = new Uint8Array(65536)
for (const ch of '基全建完开实') DELIVERABLE_FIRST[ch.charCodeAt(0)] = 1

/** A deliverable without a figure (a number inside a name like 1号线 is no figure). */
function isListedDeliverable(clause: string): boolean {
  const c = clause.replace(NAMED_NUMBER, '')
  return opensOnDeliverable(c) && !/\d/.test(c)
}

/** Records a year the article pledges for (not one already past): one object per change, not per figure. */
function setPlan(env: SentenceEnv, deadline: Deadline): void {
  const p = env.plan
  if (p && p.article === env.article && p.deadline.date === deadline.date) return
  if (env.date.year === null || Number(deadline.date.slice(0, 4)) < env.date.year) return
  env.plan = { article: env.article, deadline }
}

/** The year the current article last pledged for, if any. */
function planDeadline(env: SentenceEnv): Deadline | null {
  const p = env.plan
  return p && p.article === env.article ? p.deadline : null
}

/** A deadline not yet passed on the source date. */
function upcoming(d: Deadline | null, isoDate: string | null): boolean {
  return !!d && (isoDate === null || d.date >= isoDate)
}

/** What the clause hands on: a clause reporting the past ends the reach of earlier modal words. */
function carryOn(sc: SentenceScan): void {
  const past = sc.clausePast
  sc.strong = past ? false : sc.cStrong
  sc.weak = past ? false : sc.cWeak
  sc.predict = sc.cPredict
  if (sc.clauseDeadline) sc.deadline = sc.clauseDeadline
  // a clause read as a target for a named future year (到2025年) carries it too, cue or not (a frame's list)
  if ((sc.cStrong || (sc.kind === 'target' && sc.inForce?.precision === 'year')) && !past && sc.explicitFuture && sc.inForce && sc.inForceYear !== null) {
    sc.lastTargetYear = sc.inForceYear
    sc.lastTargetDeadline = sc.inForce
  } else if (past) sc.lastTargetYear = null
}

/** "力争GDP年均增长约10.5%,到2025年达到1000亿元": the year named later in the sentence dates the rate too. */
function laterYearDates(out: ExtractedCommitment[], first: number): void {
  let later: Deadline | null = null
  for (let k = out.length - 1; k >= first; k--) {
    const f = out[k]
    if (f.kind !== 'target') continue
    if (f.deadline) later = f.deadline
    else if (later) f.deadline = later
  }
}

const NEW_YEAR = /新的一年|新一年/
const PROGRESS_SHARE = /占(?:年度|全年)?(?:目标|计划)(?:任务)?的?\d/

const isDigitCode = (c: number) => c >= 48 && c <= 57
const isSentenceStop = (c: number) => c === 0x3002 || c === 33 || c === 63

/** The next clause break at or after i (, ; : … —), or e; a thousands separator (13,452) is no break. */
function clauseEnd(view: string, i: number, e: number): number {
  for (; i < e; i++) {
    const c = view.charCodeAt(i)
    if (CLAUSE_END[c] !== 1) continue
    if (c === 44 && isDigitCode(view.charCodeAt(i - 1)) && isDigitCode(view.charCodeAt(i + 1)) && isDigitCode(view.charCodeAt(i + 2)) && isDigitCode(view.charCodeAt(i + 3)) && !isDigitCode(view.charCodeAt(i + 4))) continue
    return i
  }
  return e
}

/** The sentence opens with a day (3月30日,) that the source date has reached. */
function datelineReached(sentence: string, d: DateContext): boolean {
  const m = /^\s*(\d{1,2})月(\d{1,2})日(?:上午|下午|晚|晚上)?[,\s]/.exec(sentence)
  if (!m || d.year === null) return false
  const mo = Number(m[1])
  const day = Number(m[2])
  return mo < d.month || (mo === d.month && day <= d.day)
}

function clauseOwner(env: SentenceEnv, clause: string, a: number, b: number, info: ArticleInfo | null, hitIdx: number) {
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

/** "仅8月份…" in an October text: a month already gone this year. */
function pastMonth(clause: string, d: DateContext): boolean {
  if (d.year === null || !clause.includes('月份')) return false
  const m = /(\d{1,2})月份/.exec(clause)
  return !!m && d.year !== null && Number(m[1]) < d.month
}

function confidenceOf(kind: Kind, cued: boolean, attribute: boolean): number {
  let c = kind === 'fact' ? 0.7 : 0.75
  if (cued) c += 0.15
  if (attribute) c -= 0.3
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100
}
