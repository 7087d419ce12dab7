// What two commitments have in common, in words: the "core" of a quote or metric (what is pledged,
// with figures, dates and pledge verbs removed), bigram similarity, and the longest shared run of
// characters naming an object (翠云阁, 洛邑古城). Shared by the lineage and evidence matchers.
import { normChar } from '../extract/normalize'
import type { Commitment } from '../model/types'

/** Pledge and reporting words that say how, not what (力争…超过, 今年…达). Longest first. */
const CUE_WORDS = [
  '不低于', '不少于', '力争', '确保', '争取', '努力', '全力', '加快', '持续', '推动', '推进', '计划', '预计',
  '目标', '力求', '实现', '超过', '突破', '达到', '以上', '左右', '累计', '全年', '今年', '明年', '去年',
  '年度', '年内', '年底', '年末', '前三季度', '上半年', '下半年', '季度', '同比', '共计', '共有', '已经',
  '完成', '其中', '约', '近', '余', '达', '已', '将', '共',
]

/** Generic words that name no particular object: two pledges sharing only these are not the same. */
const GENERIC_WORDS = [
  '国家级', '省级', '市级', '创建', '争创', '打造', '建设', '实施', '项目', '重点', '工程', '产业', '发展',
  '全面', '建成', '开放', '投入', '运营', '投产', '开工', '示范', '特色', '工作', '提升', '改造', '新建',
  '企业', '部分', '一期', '二期', '三期', '续建',
]

const NUMBER_WITH_UNIT =
  /[0-9０-９.,，]+(?:万亿|千万|百万|亿|万|千|百)?(?:平方公里|平方米|千瓦时|千瓦|人次|个百分点|百分点|元|个|亩|公里|人|名|家|项|条|所|门|次|%|倍|吨|年|月|日|号|天|座|栋|套|辆|户|场|届)?/g

/** Deadline words that are not part of what is pledged ("十一" is 1 October). */
const HOLIDAYS = /["“”'‘’]?十一["“”'‘’]?|春节前?|元旦前?|国庆前?/g
const HOLIDAY_HINT = /十一|春节|元旦|国庆/

const NON_WORD = /[^\p{Script=Han}a-z]/gu

/** 繁→简 and half-width, for short strings (the extractor's normalize is tuned for whole pages). */
function norm(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normChar(text.charCodeAt(i)))
  return out
}

function strip(text: string, words: readonly string[]): string {
  let s = text
  for (const w of words) if (s.includes(w)) s = s.split(w).join('')
  return s
}

/** One alternation per word list (longest first): a single pass per string. */
const CUE_RE = new RegExp(CUE_WORDS.join('|'), 'g')
const GENERIC_RE = new RegExp(GENERIC_WORDS.join('|'), 'g')

/** What is pledged, in characters: no figures, dates, pledge verbs, owner names or punctuation. */
export function core(text: string | null, owners: readonly (string | null)[] = []): string {
  if (!text) return ''
  let s = norm(text).toLowerCase().replace(NUMBER_WITH_UNIT, ' ')
  if (HOLIDAY_HINT.test(s)) s = s.replace(HOLIDAYS, ' ')
  s = strip(s, owners.filter((o): o is string => !!o))
  s = s.replace(CUE_RE, '')
  return s.replace(NON_WORD, '')
}

/** The core with generic words removed too: what is left names an object, if anything. */
export function objectCore(coreText: string): string {
  return coreText.replace(GENERIC_RE, '')
}

export function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  if (s.length === 1) out.add(s)
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2))
  return out
}

/** Dice coefficient over character bigrams, 0–1. */
export function dice(a: string, b: string): number {
  if (!a || !b) return 0
  if (a === b) return 1
  return diceSets(bigrams(a), bigrams(b))
}

export function diceSets(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0
  let common = 0
  for (const g of x) if (y.has(g)) common++
  return (2 * common) / (x.size + y.size)
}

/** Longest common substring (dynamic programming; cores are short). */
export function longestCommon(a: string, b: string): string {
  if (!a || !b) return ''
  let best = 0
  let end = 0
  let prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1] + 1
        if (row[j] > best) {
          best = row[j]
          end = i
        }
      }
    }
    prev = row
  }
  return a.slice(end - best, end)
}

export interface OwnerMatch {
  district: boolean
  department: boolean
  person: boolean
  /** both name a district and they differ: not the same owner, whatever else matches */
  conflict: boolean
}

type Owned = Pick<Commitment, 'district' | 'department' | 'person'>

export function compareOwners(a: Owned, b: Owned): OwnerMatch {
  const eq = (x: string | null, y: string | null) => x !== null && y !== null && x === y
  return {
    district: eq(a.district, b.district),
    department: eq(a.department, b.department),
    person: eq(a.person, b.person),
    conflict: a.district !== null && b.district !== null && a.district !== b.district,
  }
}

export interface Cores {
  metric: string
  quote: string
  object: string
  metricGrams: Set<string>
  quoteGrams: Set<string>
  objectGrams: Set<string>
}

// Records from the database are long-lived objects: compute each one's cores once per session.
const cache = new WeakMap<Commitment, Cores>()

export function coresOf(c: Commitment): Cores {
  const hit = cache.get(c)
  if (hit) return hit
  const owners = [c.district, c.department, c.person]
  const quote = core(c.quote, owners)
  const metric = core(c.metric, owners)
  const object = objectCore(quote)
  const out = { metric, quote, object, metricGrams: bigrams(metric), quoteGrams: bigrams(quote), objectGrams: bigrams(object) }
  cache.set(c, out)
  return out
}

/** How alike two metrics are: their metric cores when both have one, else their quote cores. */
export function metricSimilarity(a: Cores, b: Cores): number {
  if (a.metric && b.metric) {
    if (a.metric === b.metric || a.metric === b.quote || b.metric === a.quote) return 1
    return diceSets(a.metricGrams, b.metricGrams)
  }
  return diceSets(a.quoteGrams, b.quoteGrams)
}

/** Whether two cores could share an object name at all (a common bigram), before the costly LCS. */
export function mayShareObject(a: Cores, b: Cores): boolean {
  const [small, large] = a.objectGrams.size <= b.objectGrams.size ? [a.objectGrams, b.objectGrams] : [b.objectGrams, a.objectGrams]
  for (const g of small) if (large.has(g)) return true
  return false
}
