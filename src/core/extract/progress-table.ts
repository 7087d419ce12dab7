// A progress table of a work report (序号 / 目标任务 / 责任单位 / 推进情况), flattened into lines: each
// row is "N target。 body [body…] progress". The year is only in the table's title (2031年…目标任务
// 推进情况汇总表), so the clause reading sees the target cell as an undated statement. Here, after
// the clause pass: a target cell's figures are targets of the title's year, the progress cell's are
// facts of that year (its narrative is no pledge), and the row's first responsible body owns both.
import type { ExtractedCommitment } from '../model/types'

// the header row names the target column and the progress column
const HEADER = /^[^\n]{0,8}目标任务[ \t]*(?:责任单位|牵头单位|责任部门)[^\n]{0,12}?(?:推进|完成|进展|落实)情况[ \t]*$/m
// the table's year, in its title: 2031年…目标任务 / 2031年…推进情况汇总表
const TITLE_YEAR = /((?:19|20)\d{2})年[^\n]{0,30}?(?:目标任务|推进情况|完成情况|汇总表)/
// a row opens on its number; a section line (二、 / (一)) closes the row before it
const ROW_START = /^[ \t]*(\d{1,3})[ \t]+\S/
const SECTION = /^[ \t]*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])/
// a responsible body standing alone between the cells (区发展改革委, 区供销联社, 县畜牧业发展中心)
const BODY = /^[省市区县][\u4e00-\u9fa5]{1,12}?(?:委|局|办|中心|社|办公室|政府|公司|集团)$/

interface Row {
  targetStart: number
  targetEnd: number
  progressStart: number
  end: number
  body: string
}

/** The rows of the text's progress table with the title's year, or null when the text has none. */
export function progressRows(text: string): { year: number; rows: Row[] } | null {
  const h = HEADER.exec(text)
  if (!h) return null
  const ty = TITLE_YEAR.exec(text.slice(0, h.index))
  if (!ty) return null
  const rows: Row[] = []
  let row: Row | null = null
  // the row's first line ended before its progress cell began
  let awaiting = false
  let pos = text.indexOf('\n', h.index)
  while (pos >= 0 && pos < text.length) {
    const ls = pos + 1
    const nl = text.indexOf('\n', ls)
    const le = nl < 0 ? text.length : nl
    const line = text.slice(ls, le)
    if (ROW_START.test(line) || SECTION.test(line)) {
      if (row) rows.push(row)
      row = ROW_START.test(line) ? readRow(text, ls, le) : null
    } else if (row && awaiting) {
      // the body column continued on its own lines, then the progress cell
      if (!BODY.test(line.trim())) {
        row.progressStart = ls
        awaiting = false
      }
    }
    if (row && ROW_START.test(line)) awaiting = row.progressStart === le
    if (row) row.end = le
    pos = nl
  }
  if (row) rows.push(row)
  return { year: Number(ty[1]), rows }
}

/** One row's first line: "N target。 body progress" (the progress may start on a later line). */
function readRow(text: string, ls: number, le: number): Row | null {
  const line = text.slice(ls, le)
  const m = /^[ \t]*\d{1,3}[ \t]+/.exec(line)!
  // the cells are separated by spaces: the first token that is a body ends the target cell
  const tokens = [...line.slice(m[0].length).matchAll(/\S+/g)]
  for (let k = 1; k < tokens.length; k++) {
    const tok = tokens[k][0]
    if (!BODY.test(tok)) continue
    const bodyAt = ls + m[0].length + tokens[k].index!
    const next = tokens[k + 1]
    const progressStart = next ? ls + m[0].length + next.index! : le
    return { targetStart: ls, targetEnd: bodyAt, progressStart, end: le, body: tok }
  }
  return null
}

/** Retypes the commitments inside a progress table's rows; those outside are left alone. */
export function retypeProgressTable(text: string, out: ExtractedCommitment[]): void {
  if (text.indexOf('目标任务') < 0) return
  const table = progressRows(text)
  if (!table || table.rows.length === 0) return
  const deadline = { date: `${table.year}-12-31`, precision: 'year' as const }
  const drop = new Set<ExtractedCommitment>()
  for (const c of out) {
    const row = table.rows.find((r) => c.start >= r.targetStart && c.start < r.end)
    if (!row) continue
    c.department = row.body
    if (c.start < row.targetEnd) {
      if (c.value !== null) {
        c.kind = 'target'
        c.deadline = c.deadline ?? deadline
      }
    } else {
      // from the body column on (a clause may open on the body's name): the progress cell
      if (c.kind === 'qualitative') drop.add(c)
      else {
        c.kind = 'fact'
        c.deadline = null
      }
    }
  }
  if (drop.size) {
    let w = 0
    for (const c of out) if (!drop.has(c)) out[w++] = c
    out.length = w
  }
}
