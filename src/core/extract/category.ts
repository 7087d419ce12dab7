// Category from the metric, then the clause, then the article title: the first keyword group hit.
const GROUPS: Array<[string, string[]]> = [
  ['文旅', ['游客', '旅游', '景区', '文旅', '文化', '非遗', '古城', '博物馆', '演艺', '民宿']],
  ['就业', ['就业', '招聘', '岗位', '送岗', '求职', '失业', '创业']],
  ['教育', ['学校', '教育', '教师', '学生', '课程', '校长', '中小学', '幼儿园', '名师', '社团', '教职工', '学位']],
  ['金融', ['融资', '银行', '贷款', '金融', '信贷', '授信', '存款', '上市']],
  ['生态环境', ['环保', '污水', '生态', '排放', '绿化', '空气', '水质', '造林', '碳', '环境']],
  ['农业', ['农业', '粮食', '农田', '灌区', '农村', '乡村', '种植', '养殖', '耕地']],
  ['科技', ['科技', '研发', '专利', '高新技术', '创新', '数字化', '人工智能', '5G', '基站', '算力', '数据中心']],
  ['工业', ['工业', '产业链', '制造', '企业', '营收', '改造', '产值', '工信', '产业', '汽车', '产量', '增加值']],
  ['民生', ['医疗', '养老', '住房', '社保', '医院', '卫生', '保障', '居民收入', '民生']],
  ['城建', ['建设', '道路', '征迁', '片区', '城市', '公里', '棚户', '管网', '交通', '轨道']],
  ['经济', ['地区生产总值', '生产总值', '公共预算', '财政收入', 'GDP', '经济', '投资', '消费', '财政', '税收', '外贸', '进出口']],
]

// Keywords indexed by first character, longest first: at each position the longest keyword wins and
// the scan resumes after it (the semantics of one longest-first alternation, without a regex over
// 130 alternatives at every character).
const WORD_GROUP = new Map<string, number>()
GROUPS.forEach(([, words], gi) => words.forEach((w) => WORD_GROUP.has(w) || WORD_GROUP.set(w, gi)))
// keyword lists by first character code: KEYWORDS_AT[code] is 1 + the index into WORDS_BY_FIRST
// (0: no keyword starts with it), so the scan reads a typed array, not a Map, at each character
const WORDS_BY_FIRST: string[][] = []
const GROUPS_BY_FIRST: number[][] = []
const KEYWORDS_AT = new Uint8Array(65536)
for (const [w, gi] of [...WORD_GROUP].sort((a, b) => b[0].length - a[0].length)) {
  const k = w.charCodeAt(0)
  if (KEYWORDS_AT[k] === 0) {
    WORDS_BY_FIRST.push([])
    GROUPS_BY_FIRST.push([])
    KEYWORDS_AT[k] = WORDS_BY_FIRST.length
  }
  WORDS_BY_FIRST[KEYWORDS_AT[k] - 1].push(w)
  GROUPS_BY_FIRST[KEYWORDS_AT[k] - 1].push(gi)
}

function bestGroup(t: string): number {
  let best = GROUPS.length
  for (let i = 0; i < t.length; i++) {
    const at = KEYWORDS_AT[t.charCodeAt(i)]
    if (at === 0) continue
    const words = WORDS_BY_FIRST[at - 1]
    for (let j = 0; j < words.length; j++) {
      const w = words[j]
      if (!t.startsWith(w, i)) continue
      const gi = GROUPS_BY_FIRST[at - 1][j]
      if (gi < best) best = gi
      i += w.length - 1
      break
    }
  }
  return best
}

export function categorize(...texts: Array<string | null | undefined>): string {
  for (const t of texts) {
    const best = groupOf(t)
    if (best < NO_GROUP) return GROUPS[best][0]
  }
  return '其他'
}

/** Index of the keyword group a text falls in, NO_GROUP when none: callers may cache it per text. */
export const NO_GROUP = GROUPS.length
export function groupOf(t: string | null | undefined): number {
  return t ? bestGroup(t) : NO_GROUP
}

/** The category of a group index from groupOf. */
export function groupName(g: number): string {
  return g < NO_GROUP ? GROUPS[g][0] : '其他'
}
