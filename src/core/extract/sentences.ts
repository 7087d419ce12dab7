// One sentence at a time: clauses (split at , ; : …) inherit modal words, past markers and years
// from the clauses before them; each clause yields its quantities, or a milestone/qualitative pledge.
// The character scans (clause breaks, hints) are in clause-scan.ts, the clause's owner in
// clause-owner.ts, the state of one sentence in sentence-scan.ts, the state shared across sentences
// in sentence-env.ts.
import type { Comparator, Deadline, ExtractedCommitment, Kind } from '../model/types'
import type { ArticleInfo } from './article-owners'
import { groupName, groupOf, NO_GROUP } from './category'
import { isWhiteSpace } from './chars'
import { clauseOwner, listItem } from './clause-owner'
import { clauses, endsWithQuestion, hasHint, HINT_DATE, HINT_DIGIT, HINT_FEN, HINT_FIGURE, HINT_NEW, HINT_YU, isLabelLine, isSentenceStop, scanClauses } from './clause-scan'
import { CUE_STRONG, CUE_WEAK, hasCompletion, hasRankPledge, isPastHinted, isStrongFuture, isWeakFuture, plannedBefore } from './cues'
import { isFigurelessDeliverable, isTitlePledge } from './figureless'
import { isDigestLine } from './digest-lines'
import { endsOnUnnamedLevel } from './word-figures'
import { findDeadlines, type DateContext } from './deadlines'
import { clauseMetric } from './metricless'
import { findQuantities, type Quantity } from './quantities'
import { opensOnPlannedDeliverable } from './plan-list'
import { SentenceScan } from './sentence-scan'
import { isStriving, targetComparator } from './striving'
import { isFramingHeading } from './section-heading'
import { isConnectiveGrowth, listedSubject, respectiveSubjects, subjectOf } from './respectively'
import type { Owner, SentenceEnv } from './sentence-env'

export type { LineCarry, SentenceEnv } from './sentence-env'

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
  // indexed, not destructured: no iterator protocol per commitment
  const range = env.toOriginal(vstart, vend)
  const os = range[0]
  const oe = range[1]
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

const MAX_QUOTE = 160

// processSentence is not re-entrant (it never calls itself), so one scan object serves every sentence
const SCAN = new SentenceScan()

/** Appends the sentence's commitments to env.out. */
export function processSentence(env: SentenceEnv, s: number, e: number, info: ArticleInfo | null, hitIdx: number, lineStart: number): void {
  const { view } = env
  if (!hasHint(view, s, e)) return
  const sentence = view.slice(s, e)
  // a short unpunctuated line is a heading, unless it is one figure of a digest box (an article's
  // opening line is its headline, which restates the body)
  if ((isLabelLine(view, lineStart, e) && (opensArticle(info, lineStart, e) || !isDigestLine(sentence))) || endsWithQuestion(view, s, e)) return
  const first = env.out.length
  // one pass: the clauses' bounds and hints, and the sentence's hints
  const count = scanClauses(view, s, e)
  const hints = clauses.sentenceHints
  // "3月30日,…举办…": a sentence opening on a day already reached reports an event
  const sc = SCAN.begin(sentence, isPastHinted(sentence, hints) || datelineReached(sentence, env.date), info, hitIdx)
  startCarry(env, sc, hints)
  const bounds = clauses.bounds
  for (let k = 0; k < count; k++) {
    let a = bounds[3 * k]
    const i = bounds[3 * k + 1]
    let b = i === e && isSentenceStop(view.charCodeAt(e - 1)) ? e - 1 : i
    while (a < b && isWhiteSpace(view.charCodeAt(a))) a++
    while (b > a && isWhiteSpace(view.charCodeAt(b - 1))) b--
    if (b - a >= 2) processClause(env, sc, a, b, bounds[3 * k + 2])
    // a year named before a ; dates the pledges of that part only (…纳入2020年省重点项目;争取启动X建设)
    if (view.charCodeAt(i) === SEMICOLON) sc.ownYear = false
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

/** The article starts on the line [lineStart, e). */
function opensArticle(info: ArticleInfo | null, lineStart: number, e: number): boolean {
  return info !== null && info.vstart >= lineStart && info.vstart < e
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
    sc.ownYear = true
    sc.deadline = { date: `${y}-12-31`, precision: 'year' }
  }
}

/** One clause: its deadlines, its kind, then its figures (or its figureless pledge). */
function processClause(env: SentenceEnv, sc: SentenceScan, a: number, b: number, hints: number): void {
  const clause = env.view.slice(a, b)
  sc.a = a
  sc.b = b
  sc.clause = clause
  sc.owner = null
  sc.clauseGroup = -1
  sc.clauseStrong = -1
  sc.clauseWeak = -1
  sc.hints = hints
  readDeadlines(env, sc, clause)
  classifyClause(env, sc, clause)
  const quantities = (sc.hints & HINT_FIGURE) !== 0 ? findQuantities(clause) : null
  if (quantities !== null && quantities.length > 0) emitQuantities(env, sc, clause, quantities)
  else emitFigureless(env, sc, clause)
  carryOn(sc)
}

const QIAN = '前'.charCodeAt(0)
const SEMICOLON = 59

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
    sc.ownYear = true
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
  const predict = sc.predict || ((sc.hints & HINT_YU) !== 0 && clause.includes('预计'))
  const clausePast = isPastHinted(clause, sc.hints) || ((sc.hints & HINT_FEN) !== 0 && pastMonth(clause, d))
  const deadline = sc.clauseDeadline ?? sc.deadline
  const year = deadline ? yearOf(deadline.date) : null
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

const METRIC_VERBS = ['完成', '实现', '达到', '为']
/** metric.replace(/(?:完成|实现|达到|为)$/, ''): the verbs end on different characters, so at most one ends it. */
function withoutMetricVerb(metric: string): string {
  for (const v of METRIC_VERBS) if (metric.endsWith(v)) return metric.slice(0, metric.length - v.length)
  return metric
}

/** "A、B分别增长x%、y%": each figure after 分别 takes the measure in its place (see respectively.ts). */
function assignRespective(sc: SentenceScan, clause: string, quantities: Quantity[]): void {
  const at = clause.indexOf('分别')
  if (at < 0) return
  const figs = quantities.filter((q) => q.start > at)
  if (figs.length < 2) return
  // ",分别增长7.5%、8%" lists nothing itself: the measures of the clause before
  const subjects = isConnectiveGrowth(figs[0].metric)
    ? sc.lastSubjects?.length === figs.length
      ? sc.lastSubjects
      : null
    : respectiveSubjects(listedSubject(clause.slice(0, at)), figs.length)
  if (!subjects) return
  for (let i = 0; i < figs.length; i++) figs[i].metric = figs[i].growth ? subjects[i] + '增长' : subjects[i]
  sc.lastSubjects = subjects
}

function emitQuantities(env: SentenceEnv, sc: SentenceScan, clause: string, quantities: Quantity[]): void {
  const { a, b, kind, clausePast } = sc
  // context for the category: the clause, or for run-on text a window of it (keeps the scan linear)
  const long = b - a > MAX_QUOTE
  const withSentence = sc.sentence.length <= 400
  if (quantities.length > 1 || sc.lastSubjects) assignRespective(sc, clause, quantities)
  for (const q of quantities) {
    // "…完成5480亿元,增长4.2%": a bare growth figure is the growth of the figure before it
    if (q.growth && sc.lastMetric && isConnectiveGrowth(q.metric)) q.metric = subjectOf(sc.lastMetric) + q.metric.replace(/^分别/, '')
    if (!q.growth) sc.lastMetric = withoutMetricVerb(q.metric)
    const near = long ? clause.slice(Math.max(0, q.start - 60), q.end + 40) : null
    const qkind: Kind = q.progress ? 'fact' : kind === 'fact' && !clausePast && plannedBefore(long ? clause.slice(Math.max(0, q.start - 48), q.start) : clause, long ? Math.min(48, q.start) : q.start) ? 'target' : kind
    const isTarget = qkind === 'target'
    const comparator = targetComparator(q.comparator, isTarget, !q.comparator && isTarget && q.growth && isStriving(clause), q.growth)
    const deadline = isTarget ? (sc.inForce ?? planDeadline(env)) : null
    if (isTarget && deadline && deadline.precision === 'year') setPlan(env, deadline)
    const item = listItem(env, clause, q.start)
    const owner = ownerFor(env, sc)
    // a list item is quoted as itself (沈阳市200个), and answers for its own place
    const qs = item ? a + item.from : long ? Math.max(a, a + q.start - 60) : a
    const qe = item ? a + q.end : long ? Math.min(b, a + q.end + 40) : b
    emit(env, qkind, q.metric, q.value, q.unit, comparator, q.growth, deadline, item ? { ...owner, district: item.district } : owner, categoryFor(sc, q.metric, near, withSentence), confidenceOf(qkind, sc.cStrong || clausePast, q.attribute), qs, qe)
  }
}

/** A clause without figures: a dated result, a milestone, or a qualitative pledge. */
function emitFigureless(env: SentenceEnv, sc: SentenceScan, clause: string): void {
  const dated = sc.dated
  const isoDate = env.isoDate
  const end = Math.min(sc.b, sc.a + MAX_QUOTE)
  const digits = sc.hints & HINT_DIGIT
  if (sc.clausePast) {
    // "已于2021年12月25日竣工": a dated result without a figure
    if (dated && dated.precision !== 'year' && isoDate !== null && dated.date <= isoDate && hasCompletion(clause)) {
      emit(env, 'fact', clauseMetric(clause), null, null, null, false, null, ownerFor(env, sc), categoryFor(sc, null, null, true), 0.6, sc.a, end)
    }
    return
  }
  if ((sc.sentencePast && !dated) || endsOnUnnamedLevel(clause)) return
  const pledged = sc.cStrong || sc.cWeak
  let k: Kind | null = null
  let dl: Deadline | null = null
  if (dated && upcoming(dated, isoDate) && hasCompletion(clause)) [k, dl] = ['milestone', dated]
  else if (sc.clauseDeadline && upcoming(sc.clauseDeadline, isoDate) && hasCompletion(clause) && pledged) [k, dl] = ['milestone', sc.clauseDeadline]
  else if (isTitlePledge(clause) && (digits === 0 || !/\d/.test(clause.replace(/\d+A级/g, ''))) && !isFramingHeading(clause)) k = 'qualitative'
  else if (pledged && hasRankPledge(clause)) k = 'qualitative'
  // a named deliverable (开工建设X, 启动X建设, X建成通车) pledged or under the article's plan year: a milestone
  // when its own sentence names the year, else qualitative (the year of another sentence dates nothing)
  // (under a plan year, a deadline of the clause's own — 年底达到…条件 — dates it too)
  else if ((sc.kind === 'target' || (planDeadline(env) !== null && !env.paragraphPast)) && isFigurelessDeliverable(clause)) {
    if (sc.ownYear && sc.inForce && upcoming(sc.inForce, isoDate) && (sc.kind === 'target' || sc.clauseDeadline)) [k, dl] = ['milestone', sc.inForce]
    else k = 'qualitative'
  }
  if (k) emit(env, k, clauseMetric(clause), null, null, null, false, dl, ownerFor(env, sc), categoryFor(sc, null, null, true), k === 'milestone' ? 0.75 : 0.6, sc.a, end)
}

/** Records a year the article pledges for (not one already past): one object per change, not per figure. */
function setPlan(env: SentenceEnv, deadline: Deadline): void {
  const p = env.plan
  if (p && p.article === env.article && p.deadline.date === deadline.date) return
  if (env.date.year === null || yearOf(deadline.date) < env.date.year) return
  env.plan = { article: env.article, deadline }
}

/** The year the current article last pledged for, if any. */
function planDeadline(env: SentenceEnv): Deadline | null {
  const p = env.plan
  return p && p.article === env.article ? p.deadline : null
}

/** Number(date.slice(0, 4)), read from the codes when they are four digits (no slice per clause). */
function yearOf(date: string): number {
  let y = 0
  for (let i = 0; i < 4; i++) {
    const c = date.charCodeAt(i)
    if (!(c >= 48 && c <= 57)) return Number(date.slice(0, 4))
    y = y * 10 + (c - 48)
  }
  return y
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

/** The sentence opens with a day (3月30日,) that the source date has reached. */
function datelineReached(sentence: string, d: DateContext): boolean {
  const m = /^\s*(\d{1,2})月(\d{1,2})日(?:上午|下午|晚|晚上)?[,\s]/.exec(sentence)
  if (!m || d.year === null) return false
  const mo = Number(m[1])
  const day = Number(m[2])
  return mo < d.month || (mo === d.month && day <= d.day)
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
