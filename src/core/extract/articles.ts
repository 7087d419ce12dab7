// Splits a page into its stories from line shapes: headlines (short lines without sentence
// punctuation), interview headers (——访…), datelines (本报讯, ■13日), bylines and credits
// (洛报融媒记者 …, (康珂 梦豪)) and continuation marks ((上接01版)).

export type LineKind = 'blank' | 'heading' | 'interview' | 'byline' | 'continuation' | 'dateline' | 'body'

export interface Line {
  start: number
  end: number
  text: string
  kind: LineKind
  /** a body line that ends with a credit in parentheses */
  credited: boolean
}

export interface ArticleSpan {
  start: number
  end: number
  title: string
  subtitle: string | null
  byline: string | null
  interview: string | null
  /** the first body line (a dateline names the owner) */
  lead: string | null
}

const BYLINE_RE = /^(?:[\u4e00-\u9fa5]{0,6}记者|通讯员|特约记者|文\/图|文\/|图\/|文:|图:|撰稿|编辑)[\s::]/
const CREDIT_RE = /^\((?:[\u4e00-\u9fa5·]{2,4}\s*){1,5}\)$/
const TRAILING_CREDIT_RE = /\((?:[\u4e00-\u9fa5·]{2,4}\s*){1,5}\)$/
const CONTINUATION_RE = /^\((?:上接|下转|接|转)[^()]{0,12}版\)$/
const DATELINE_RE = /^(?:■|●|▲|本报讯|本报[\u4e00-\u9fa5]{0,6}电|新华社[\u4e00-\u9fa5]{0,6}电)/

// first characters the anchored line patterns need: most lines skip them on one code compare
const PAREN = 40
const DASHES = '—-'
const DATELINE_FIRST = '■●▲本新'

export function classifyLine(text: string): LineKind {
  const t = text.trim()
  if (t === '') return 'blank'
  const first = t.charAt(0)
  if (DASHES.includes(first) && /^[—-]{1,3}\s*(?:专访|访|对话|与)/.test(t) && t.length <= 40) return 'interview'
  const paren = t.charCodeAt(0) === PAREN
  if (paren && CONTINUATION_RE.test(t)) return 'continuation'
  if ((paren && CREDIT_RE.test(t)) || (t.length < 60 && BYLINE_RE.test(t) && !/[。,;]/.test(t))) return 'byline'
  if (DATELINE_FIRST.includes(first) && DATELINE_RE.test(t)) return 'dateline'
  if (t.length <= 40 && !/[,。;?]/.test(t)) return 'heading'
  return 'body'
}

/** Cheap pre-check for a trailing credit: the line's last non-space character is ")". */
function endsWithParen(t: string): boolean {
  let j = t.length - 1
  while (j >= 0 && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9 || t.charCodeAt(j) === 0x3000)) j--
  return j >= 0 && (t.charCodeAt(j) === 41 || t.charCodeAt(j) === 0xff09)
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let s = 0
  // line ends found by indexOf (a native scan), the last line ending at the text's end
  for (;;) {
    const nl = text.indexOf('\n', s)
    const i = nl < 0 ? text.length : nl
    const end = i > s && text.charCodeAt(i - 1) === 13 ? i - 1 : i
    const t = text.slice(s, end)
    const kind = classifyLine(t)
    lines.push({ start: s, end, text: t, kind, credited: (kind === 'body' || kind === 'dateline') && endsWithParen(t) && TRAILING_CREDIT_RE.test(t.trim()) })
    if (nl < 0) break
    s = i + 1
  }
  return lines
}

interface Draft {
  first: number // index of the first line
  last: number // index of the last non-blank line
  headings: number[]
  interview: number | null
  byline: number | null
  hasBody: boolean
  ended: boolean
  lead: number | null
}

export function splitArticles(text: string): ArticleSpan[] {
  const lines = splitLines(text)
  const drafts: Draft[] = []
  let cur: Draft | null = null
  // consecutive heading lines since the last body line: a headline block in waiting
  let block: number[] = []
  const open = (first: number): Draft => {
    const d: Draft = { first, last: first, headings: [], interview: null, byline: null, hasBody: false, ended: false, lead: null }
    drafts.push(d)
    return d
  }
  lines.forEach((ln, i) => {
    if (ln.kind === 'blank') return
    if (ln.kind === 'heading') {
      if (!cur || cur.ended) {
        cur = open(i)
        block = []
      }
      if (!cur.hasBody) cur.headings.push(i)
      block.push(i)
      cur.last = i
      return
    }
    if (ln.kind === 'interview') {
      if (cur && cur.hasBody) {
        // the headline block just before the interview header starts a new story
        const first = block.length ? block[0] : i
        if (block.length) cur.last = Math.max(cur.first, first - 1)
        cur = open(first)
        cur.headings = [...block]
      } else if (!cur) cur = open(i)
      cur.interview = i
      cur.last = i
      block = []
      return
    }
    if (ln.kind === 'dateline' && cur && cur.hasBody) {
      cur = open(i)
    }
    if (!cur) cur = open(i)
    block = []
    cur.last = i
    if (ln.kind === 'byline') {
      if (cur.byline === null) cur.byline = i
      if (cur.hasBody) cur.ended = true
      return
    }
    if (ln.kind === 'continuation') return
    cur.hasBody = true
    if (cur.lead === null) cur.lead = i
    if (ln.credited) cur.ended = true
  })
  return drafts.map((d) => {
    // trim trailing lines that belong to the next story's headline block
    let last = d.last
    while (last > d.first && lines[last].kind === 'blank') last--
    // a label headline ("朝阳镇:") belongs to the headline after it
    const heads: string[] = []
    for (const h of d.headings.map((x) => lines[x].text.trim())) {
      const prev = heads[heads.length - 1]
      if (prev !== undefined && prev.endsWith(':')) heads[heads.length - 1] = prev + h
      else heads.push(h)
    }
    let title: string
    if (d.interview !== null && heads.length) title = heads[heads.length - 1]
    else if (heads.length) title = heads.reduce((a, b) => (b.length > a.length ? b : a))
    else title = firstClause(lines[d.lead ?? d.first].text)
    const others = heads.filter((h) => h !== title)
    const interview = d.interview !== null ? lines[d.interview].text.trim() : null
    return {
      start: lines[d.first].start,
      end: lines[last].end,
      title,
      subtitle: interview ?? (others.length ? others.join(' ') : null),
      byline: d.byline !== null ? lines[d.byline].text.trim() : null,
      interview,
      lead: d.lead !== null ? lines[d.lead].text : null,
    }
  })
}

function firstClause(s: string): string {
  const t = s.trim().replace(/^[■●▲]\s*/, '')
  const m = /^[^,。;!?]{1,40}/.exec(t)
  return m ? m[0] : t.slice(0, 40)
}
