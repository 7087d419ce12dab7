// Realistic synthetic data packs at any size, seeded for repeatability: the benchmarks and the
// 100,000-row tests need a province's worth of pledges, and nobody has typed that many in.
// Every record passes restorePack: each quote is a real slice of its source's text.
import type { Article, Commitment, DataPack, Kind, Source, Update } from '../model/types'
import { SCHEMA_VERSION } from '../model/types'
import { fnv1a64 } from '../ids'
import { computeStatus } from '../progress/index'
import { SYNTH_OWNERS, SYNTH_METRICS, type MetricTemplate } from './vocabulary'
import { mulberry32, pick, type Rng } from './random'

export interface SynthOptions {
  /** number of commitments */
  commitments: number
  seed?: number
  /** commitments per source (a newspaper page) */
  perSource?: number
  /** share of targets that receive a progress update */
  updateShare?: number
  /** first and last year of deadlines */
  years?: [number, number]
  /** date statuses are computed against */
  today?: string
}

const STAMP = '2026-01-01T00:00:00.000Z'

export function generatePack(options: SynthOptions): DataPack {
  const rng = mulberry32(options.seed ?? 1)
  const perSource = options.perSource ?? 25
  const [y0, y1] = options.years ?? [2021, 2026]
  const today = options.today ?? '2026-11-27'
  const updateShare = options.updateShare ?? 0.4
  const pack: DataPack = {
    schemaVersion: SCHEMA_VERSION,
    generatedBy: `synth seed=${options.seed ?? 1}`,
    sources: [],
    articles: [],
    commitments: [],
    updates: [],
    verdicts: [],
  }
  let made = 0
  let sourceNo = 0
  while (made < options.commitments) {
    const count = Math.min(perSource, options.commitments - made)
    const year = y0 + Math.floor(rng() * (y1 - y0 + 1))
    addSource(pack, rng, sourceNo++, count, year, today, updateShare)
    made += count
  }
  return pack
}

function addSource(pack: DataPack, rng: Rng, no: number, count: number, year: number, today: string, updateShare: number): void {
  const owner = pick(rng, SYNTH_OWNERS)
  const publishedOn = `${year}-01-${String(5 + (no % 20)).padStart(2, '0')}`
  const title = `${owner.city}日报 ${year}年第${no + 1}期`
  const drafts: { kind: Kind; quote: string; metric: MetricTemplate; value: number | null; month: number }[] = []
  for (let i = 0; i < count; i++) {
    const metric = pick(rng, SYNTH_METRICS)
    const kind: Kind = rng() < 0.6 ? 'target' : rng() < 0.5 ? 'fact' : rng() < 0.6 ? 'milestone' : 'qualitative'
    const month = 1 + Math.floor(rng() * 12)
    const value = kind === 'target' || kind === 'fact' ? Math.round(metric.base * (0.5 + rng() * 2)) : null
    const quote = quoteFor(kind, metric, value, year, month, i)
    drafts.push({ kind, quote, metric, value, month })
  }
  const header = `${title}\n\n——访${owner.district}${owner.title}${owner.person}\n\n`
  let text = header
  const spans: [number, number][] = []
  for (const d of drafts) {
    const start = text.length
    text += d.quote
    spans.push([start, text.length])
    text += '。\n\n'
  }
  const textHash = fnv1a64(text)
  const sourceId = `src-${textHash}`
  const source: Source = {
    id: sourceId, title, publisher: `${owner.city}日报`, publishedOn, url: null, page: null,
    text, textHash, importedAt: STAMP, origin: 'extractor',
  }
  const articleId = `art-${textHash}-0`
  const article: Article = {
    id: articleId, sourceId, title: `——访${owner.district}${owner.title}${owner.person}`, start: 0, end: text.length,
    subtitle: null, byline: null, district: owner.district, department: owner.department, person: owner.person,
  }
  pack.sources.push(source)
  pack.articles.push(article)
  drafts.forEach((d, i) => {
    const [start, end] = spans[i]
    const deadline = d.kind === 'target' || d.kind === 'milestone'
      ? { date: d.kind === 'milestone' ? endOfMonth(year, d.month) : `${year}-12-31`, precision: d.kind === 'milestone' ? 'month' as const : 'year' as const }
      : null
    const c: Commitment = {
      id: `cmt-${textHash}-${start}-${end}`, sourceId, articleId, kind: d.kind, quote: d.quote, start, end,
      metric: d.metric.metric, value: d.value, unit: d.value === null ? null : d.metric.unit,
      comparator: d.value === null ? null : d.kind === 'target' ? '≥' : '=', growth: false, deadline,
      district: owner.district, department: owner.department, person: owner.person, category: d.metric.category,
      confidence: 0.8, extractorVersion: 'synth', origin: 'extractor', reviewedAt: null, original: null,
      status: 'no_data', createdAt: STAMP,
    }
    const updates = c.kind === 'target' && rng() < updateShare ? [progressUpdate(c, rng, year)] : []
    c.status = computeStatus(c, updates, [], today).status
    pack.commitments.push(c)
    pack.updates.push(...updates)
  })
}

function quoteFor(kind: Kind, m: MetricTemplate, value: number | null, year: number, month: number, i: number): string {
  const amount = value === null ? '' : `${value}${m.unitText}`
  switch (kind) {
    case 'target': return `力争${year}年${m.metric}达到${amount}(第${i + 1}项)`
    case 'fact': return `${year - 1}年${m.metric}${amount}(第${i + 1}项)`
    case 'milestone': return `确保${m.object}${month}月底前建成投用(第${i + 1}项)`
    default: return `创建${m.object}示范区(第${i + 1}项)`
  }
}

function progressUpdate(c: Commitment, rng: Rng, year: number): Update {
  const month = 3 + Math.floor(rng() * 9)
  const observedOn = endOfMonth(year, month)
  const share = (month / 12) * (0.7 + rng() * 0.6)
  return {
    id: `upd-${c.id.slice(4)}`, commitmentId: c.id, observedOn, periodStart: `${year}-01-01`,
    value: Math.round((c.value ?? 0) * share), unit: c.unit, comparator: '=', state: null,
    evidence: { url: 'https://example.org/report', quote: `${c.metric}前${month}个月完成情况`, publisher: '统计局', publishedOn: observedOn },
    enteredBy: 'synth', enteredAt: STAMP, supersedes: null, note: null, origin: 'person',
  }
}

function endOfMonth(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`
}
