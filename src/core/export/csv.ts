// CSV of a list of commitments that opens cleanly in Excel and WPS: UTF-8 with a BOM (without it
// Excel reads Chinese as GBK mojibake), CRLF rows, RFC 4180 quoting, and no formula injection —
// a text cell that starts like a formula (=, +, -, @, tab, CR) is prefixed with ' so it stays text.
import type { Commitment, Kind, Precision, Source } from '../model/types'
import { STATUS_LABELS, type Label } from '../progress/labels'

export type CsvLang = 'zh-CN' | 'en'

export type CsvSource = Pick<Source, 'title' | 'publisher' | 'publishedOn' | 'url'>

export interface CsvOptions {
  /** header and label language (default zh-CN) */
  lang?: CsvLang
  /** sources by id, to add title, publisher, date and URL columns */
  sources?: ReadonlyMap<string, CsvSource>
}

export const BOM = '\uFEFF'
const CRLF = '\r\n'

const KIND_LABELS: Record<Kind, Label> = {
  target: { 'zh-CN': '目标', en: 'Target' },
  milestone: { 'zh-CN': '节点', en: 'Milestone' },
  qualitative: { 'zh-CN': '定性', en: 'Qualitative' },
  fact: { 'zh-CN': '事实', en: 'Fact' },
}

const PRECISION_LABELS: Record<Precision, Label> = {
  day: { 'zh-CN': '日', en: 'day' },
  month: { 'zh-CN': '月', en: 'month' },
  half: { 'zh-CN': '半年', en: 'half year' },
  year: { 'zh-CN': '年', en: 'year' },
}

type Cell = string | number | null

interface Column {
  header: Label
  get: (c: Commitment, lang: CsvLang, src: CsvSource | undefined) => Cell
}

const yesNo = (b: boolean, lang: CsvLang) => (b ? (lang === 'en' ? 'yes' : '是') : lang === 'en' ? 'no' : '否')

const COLUMNS: Column[] = [
  { header: { 'zh-CN': '编号', en: 'ID' }, get: (c) => c.id },
  { header: { 'zh-CN': '类型', en: 'Kind' }, get: (c, l) => KIND_LABELS[c.kind][l] },
  { header: { 'zh-CN': '原文', en: 'Quote' }, get: (c) => c.quote },
  { header: { 'zh-CN': '指标', en: 'Metric' }, get: (c) => c.metric },
  { header: { 'zh-CN': '比较', en: 'Comparator' }, get: (c) => c.comparator },
  { header: { 'zh-CN': '数值', en: 'Value' }, get: (c) => c.value },
  { header: { 'zh-CN': '单位', en: 'Unit' }, get: (c) => c.unit },
  { header: { 'zh-CN': '增速', en: 'Growth rate' }, get: (c, l) => yesNo(c.growth, l) },
  { header: { 'zh-CN': '期限', en: 'Deadline' }, get: (c) => c.deadline?.date ?? null },
  { header: { 'zh-CN': '期限精度', en: 'Deadline precision' }, get: (c, l) => (c.deadline ? PRECISION_LABELS[c.deadline.precision][l] : null) },
  { header: { 'zh-CN': '区县', en: 'District' }, get: (c) => c.district },
  { header: { 'zh-CN': '部门', en: 'Department' }, get: (c) => c.department },
  { header: { 'zh-CN': '人物', en: 'Person' }, get: (c) => c.person },
  { header: { 'zh-CN': '类别', en: 'Category' }, get: (c) => c.category },
  { header: { 'zh-CN': '状态', en: 'Status' }, get: (c, l) => STATUS_LABELS[c.status]?.[l] ?? c.status },
  { header: { 'zh-CN': '置信度', en: 'Confidence' }, get: (c) => c.confidence },
  {
    header: { 'zh-CN': '审核', en: 'Review' },
    get: (c, l) =>
      c.origin === 'person' || c.reviewedAt ? (l === 'en' ? 'confirmed by a person' : '人工确认') : l === 'en' ? 'extractor, unreviewed' : '机器提取，未审核',
  },
  { header: { 'zh-CN': '审核时间', en: 'Reviewed at' }, get: (c) => c.reviewedAt },
]

const SOURCE_COLUMNS: Column[] = [
  { header: { 'zh-CN': '来源标题', en: 'Source title' }, get: (_c, _l, s) => s?.title ?? null },
  { header: { 'zh-CN': '发布者', en: 'Publisher' }, get: (_c, _l, s) => s?.publisher ?? null },
  { header: { 'zh-CN': '发布日期', en: 'Published on' }, get: (_c, _l, s) => s?.publishedOn ?? null },
  { header: { 'zh-CN': '链接', en: 'URL' }, get: (_c, _l, s) => s?.url ?? null },
]

/** Characters that make a spreadsheet read a cell as a formula (full-width forms too, for WPS). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/

/** One cell: text defused and quoted as RFC 4180 needs; numbers as plain digits. */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  // numbers are ours, not user text: -5 is a value, not a formula
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  if (typeof value === 'string' && FORMULA_START.test(s)) s = "'" + s
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',')
}

export function commitmentsToCsv(commitments: readonly Commitment[], options: CsvOptions = {}): string {
  const lang = options.lang ?? 'zh-CN'
  const columns = options.sources ? [...COLUMNS, ...SOURCE_COLUMNS] : COLUMNS
  const lines = [csvRow(columns.map((col) => col.header[lang]))]
  for (const c of commitments) {
    const src = options.sources?.get(c.sourceId)
    lines.push(csvRow(columns.map((col) => col.get(c, lang, src))))
  }
  return BOM + lines.join(CRLF) + CRLF
}

/** A file name for the export: 承诺台账-2024-01-14.csv / pledge-ledger-2024-01-14.csv. */
export function csvFileName(date: string, lang: CsvLang = 'zh-CN'): string {
  return `${lang === 'en' ? 'pledge-ledger' : '承诺台账'}-${date}.csv`
}
