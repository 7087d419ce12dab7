// The extraction pipeline: normalise → reflow → places and city context → articles → sentences
// and clauses → commitments with owners, deadlines, kind, category and confidence.
import type { ExtractedArticle, ExtractedCommitment, ExtractedSource } from '../model/types'
import { buildArticles, type ArticleInfo } from './article-owners'
import { inferDate, isValidIsoDate } from './dates'
import { normalize } from './normalize'
import { cityContext, ownerOf, scanPlaces, type CityContext, type PlaceHit } from './places'
import { withoutPassingMentions } from './passing-places'
import { origToView, reflow, toOriginal } from './reflow'
import { sectionDistrict } from './sections'
import { reportsTwinCityZone } from './twin-city-zone'
import { retypeProgressTable } from './progress-table'
import { retypeReviewSections } from './review-section'
import { processSentence, type SentenceEnv } from './sentences'

export const EXTRACTOR_VERSION = '0.1.0'

export interface ExtractOptions {
  /** source date YYYY-MM-DD; undefined → inferred from the text; null → unknown */
  date?: string | null
  file?: string
}

export function extract(text: string, opts: ExtractOptions = {}): ExtractedSource {
  const t = typeof text === 'string' ? text : ''
  const file = opts.file ?? ''
  let date: string | null = null
  try {
    date = opts.date === undefined ? inferDate(t) : opts.date && isValidIsoDate(opts.date) ? opts.date : null
  } catch {
    date = null
  }
  try {
    return run(t, file, date)
  } catch {
    // never throw: a failure leaves an empty (but valid) result
    return { file, date, length: t.length, articles: [], commitments: [] }
  }
}

function run(text: string, file: string, date: string | null): ExtractedSource {
  const norm = normalize(text)
  const r = reflow(norm)
  const view = r.view
  const hits = withoutPassingMentions(view, scanPlaces(view))
  let ctx = cityContext(view, hits)
  // a zone joining two of the province's cities, reported by the province, is the province's
  if (!ctx.provincial && reportsTwinCityZone(view, ctx.province)) ctx = { ...ctx, provincial: true }
  const toView = (orig: number) => origToView(r, orig)
  const infos: ArticleInfo[] = buildArticles(norm, ctx, hits, toView, text)
  const articles: ExtractedArticle[] = infos.map(({ vstart: _s, vend: _e, ...a }) => a)
  const commitments: ExtractedCommitment[] = []
  const env: SentenceEnv = {
    view,
    ctx,
    hits,
    date: date
      ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) }
      : { year: null, month: 1, day: 1 },
    isoDate: date,
    out: commitments,
    text,
    toOriginal: (vs, ve) => toOriginal(r, vs, ve),
    article: null,
    // every field the sentences set later is present from the start: one object shape for the hot path
    lineCarry: null,
    paragraphPast: false,
    labelDistrict: null,
    section: null,
    plan: null,
    departments: null,
  }
  // one pass over the view, sentence by sentence
  let hitIdx = 0
  let art = 0
  let s = 0
  const n = view.length
  let lineStart = 0
  for (let i = 0; i <= n; i++) {
    const c = i < n ? view.charCodeAt(i) : 10
    if (SENTENCE_END[c] !== 1) continue
    const e = c === 10 ? i : i + 1
    if (e > s) {
      while (art < infos.length - 1 && infos[art].vend <= s) art++
      const info = infos.length && infos[art].vstart <= s && s < Math.max(infos[art].vend, infos[art].vstart + 1) ? infos[art] : null
      // a new article ends the section before this line may open one (a digest's first heading is its first line)
      if ((info ? art : null) !== env.article) env.section = null
      if (s <= lineStart) {
        // a new paragraph: pledge context and label owner of the one before end here
        env.lineCarry = null
        env.paragraphPast = false
        env.labelDistrict = hitIdx < hits.length ? labelOwner(view, s, hits, hitIdx, ctx) : null
        // a short line naming one of the page's districts heads a section (渝中 / 沙坪坝)
        if (c === 10 && e - s <= 8) {
          const d = sectionDistrict(view.slice(s, e), ctx)
          if (d) env.section = { district: d, department: info && reportArticle(view, info) ? d + '人民政府' : null }
        }
      }
      while (hitIdx < hits.length && hits[hitIdx].start < s) hitIdx++
      env.article = info ? art : null
      processSentence(env, s, e, info, hitIdx, lineStart)
    }
    s = i + 1
    if (c === 10) lineStart = i + 1
  }
  retypeProgressTable(norm, commitments)
  retypeReviewSections(norm, env.date.year, commitments)
  return { file, date, length: text.length, articles, commitments }
}

// 。 ! ? and the line break end a sentence: one table load per character of the page
const SENTENCE_END = new Uint8Array(65536)
for (const ch of '。!?\n') SENTENCE_END[ch.charCodeAt(0)] = 1

/** A digest of 政府工作报告 (区县政府工作报告): each section's district speaks through its government. */
function reportArticle(view: string, info: ArticleInfo): boolean {
  return view.slice(info.vstart, info.vend).includes('政府工作报告')
}

const ZONE_LABEL = /^([\u4e00-\u9fa5]{2,12}(?:开发区|高新区|新区|经开区|示范区|园区))(?:管委会|管理委员会)?:/

/** A colon in view[a, b): ZONE_LABEL needs one, and most paragraphs do not open on a label. */
function colonWithin(view: string, a: number, b: number): boolean {
  for (let i = a; i < b && i < view.length; i++) if (view.charCodeAt(i) === 58) return true
  return false
}

/** "汉阳区:…", "东湖新技术开发区管委会:…": a paragraph opening on a place and a colon answers for it. */
function labelOwner(view: string, s: number, hits: PlaceHit[], hitIdx: number, ctx: CityContext): string | null {
  let a = s
  while (a < view.length && (view.charCodeAt(a) === 32 || view.charCodeAt(a) === 0x3000)) a++
  let k = hitIdx
  while (k < hits.length && hits[k].start < a) k++
  const h = hits[k]
  if (!h || h.start !== a) {
    // a functional zone answering for itself (东湖新技术开发区管委会:) is not in the gazetteer
    if (!colonWithin(view, a, a + 24)) return null
    const zone = ZONE_LABEL.exec(view.slice(a, a + 24))
    return zone ? zone[1] : null
  }
  const colon = view.slice(h.end, h.end + 9)
  if (!/^[^,。:;\n]{0,8}:/.test(colon)) return null
  const p = ownerOf(h, ctx)
  return p && (p.level === 'area' || p.level === 'town' || p.level === 'city') ? p.owner : null
}
