// "A、B、C分别增长x%、y%、z%": each figure belongs to the list item in its place, so each gets that
// item as its metric (A增长, B增长, C增长) instead of the words before the figure (…C分别增长).
// "城乡居民人均可支配收入分别…" names two measures at once: 城镇居民… and 农村居民….
// A later clause ",分别增长7.5%、8%" (or ",较去年增长5%") is only a connective: its figures take the
// subject of the clause before.

// a metric made only of a connective and a growth word (分别增长, 较去年增长, 同比增长)
const CONNECTIVE_GROWTH = /^(?:分别)?(?:同比|比上年|比去年|较上年|较去年|较上年同期|比上年同期|较上年度)?(?:分别)?(?:增长|增速|增幅|下降|提高|上涨)$/
// 分别 and the verb after it, ending a subject (城乡居民人均可支配收入分别达)
const RESPECTIVE_TAIL = /分别(?:达到|达|为|完成|实现)?$/
const URBAN_RURAL = '城乡居民'

// words that open a clause before its measure (预计, 2030年, 全县…): not part of the measure
const LEAD = /^(?:[\s“”"]|预计|力争|确保|争取|计划|目标|将|要|其中|全年|今年|年内|\d{4}年(?:度)?|全[市区县省镇乡州盟旗])+/

/** The measures listed before 分别 (the clause's text up to it), without the words that open the clause. */
export function listedSubject(before: string): string {
  return before.replace(LEAD, '')
}

/** The metric is only a connective with a growth word (分别增长, 较去年增长): it names no measure. */
export function isConnectiveGrowth(metric: string): boolean {
  return metric.length <= 9 && CONNECTIVE_GROWTH.test(metric)
}

/** The measure a metric names, without a trailing 分别 and its verb. */
export function subjectOf(metric: string): string {
  return metric.includes('分别') ? metric.replace(RESPECTIVE_TAIL, '') : metric
}

/**
 * The n measures a subject lists for n figures given 分别, or null when it does not list n.
 * "城镇、农村居民人均可支配收入" with n = 2 → 城镇居民人均可支配收入, 农村居民人均可支配收入: a short
 * item shares the head noun the last item ends on.
 */
export function respectiveSubjects(subject: string, n: number): string[] | null {
  if (n < 2) return null
  if (n === 2 && subject.startsWith(URBAN_RURAL)) {
    const rest = subject.slice(URBAN_RURAL.length)
    return ['城镇居民' + rest, '农村居民' + rest]
  }
  let parts = subject.split('、')
  if (parts.length === n - 1) {
    // the last pair may be joined by 和/及/与 (A、B和C)
    const last = parts[parts.length - 1]
    const m = /^(.{2,}?)(?:和|及|与)(.{2,})$/.exec(last)
    if (m) parts = [...parts.slice(0, -1), m[1], m[2]]
  }
  if (parts.length !== n || parts.some((p) => p.length === 0)) return null
  const tail = parts[n - 1]
  return parts.map((p, i) => (i < n - 1 && tail.length >= p.length + 3 ? p + tail.slice(p.length) : p))
}
