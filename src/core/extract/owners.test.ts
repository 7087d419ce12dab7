import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DEPT_RE, departmentAtStart, findDepartment, findPerson, parseInterviewHeader, personAtStart } from './owners'

const luoyang = { city: '洛阳市', province: '河南省', provincial: false }

describe('findPerson', () => {
  it.each([
    ['13日,市长徐衣显调研环保督查', '徐衣显'],
    ['局长魏斌在接受专访时表示', '魏斌'],
    ['副市长王蔚参加启动仪式', '王蔚'],
    ['县委书记毛德忠在西昌接受采访', '毛德忠'],
  ])('%s → %s', (s, name) => expect(findPerson(s)?.name).toBe(name))
  it('is null without a title', () => expect(findPerson('张玉杰、李新红等参加')).toBeNull())
})

describe('parseInterviewHeader', () => {
  it.each([
    ['——访老城区委书记赵书政', { district: '老城区', department: '老城区委', person: '赵书政' }],
    ['——访市工业和信息化局党组书记、局长魏斌', { district: '洛阳市', department: '市工业和信息化局', person: '魏斌' }],
  ])('%s', (line, owner) => expect(parseInterviewHeader(line, luoyang)).toEqual(owner))

  it('reads the 面对面 form', () => {
    const ctx = { city: '凉山彝族自治州', province: '四川省', provincial: false }
    expect(parseInterviewHeader('——与雷波县委书记毛德忠面对面', ctx)).toMatchObject({ district: '雷波县', department: '雷波县委', person: '毛德忠' })
  })
  it('is null for other lines', () => expect(parseInterviewHeader('聚焦文旅促发展', luoyang)).toBeNull())
})

describe('findDepartment', () => {
  it.each([
    ['中原银行洛阳分行将向孟津区累计投放', '中原银行洛阳分行'],
    ['市工业和信息化局将', '市工业和信息化局'],
    ['老城区委书记', '老城区委'],
  ])('%s → %s', (s, d) => expect(findDepartment(s)).toBe(d))
})

// The clause-owner fast path (sticky match at the first offsets) must answer exactly as the full
// scan restricted to a match starting at offset ≤ 2.
describe('departmentAtStart / personAtStart agree with the full scan', () => {
  const slow = (s: string) => {
    const d = findDepartment(s)
    const p = findPerson(s)
    return { department: d && s.indexOf(d) <= 2 ? d : null, person: p && p.index <= 2 ? p.name : null }
  }
  it.each([
    ['市工业和信息化局将新增就业岗位', '市工业和信息化局', null],
    ['由市工业和信息化局牵头', '市工业和信息化局', null],
    ['今年由市发改委牵头', null, null],
    ['中原银行洛阳分行将向孟津区累计投放', '中原银行洛阳分行', null],
    ['县长王小明表示', null, '王小明'],
    ['13日,市长徐衣显调研', null, null],
    ['在老城区委书记赵书政看来', '在老城区委', null], // the pattern's own greedy reach, kept as is
    ['全县上下', null, null],
    ['', null, null],
    ['市', null, null],
  ])('%s', (s, department, person) => {
    expect({ department: departmentAtStart(s, 2), person: personAtStart(s, 2) }).toEqual({ department, person })
    expect(slow(s)).toEqual({ department, person })
  })
})

// departmentAtStart / personAtStart skip their patterns when the clause's opening has none of the
// characters every match holds: they must still answer as the whole-clause search does.
describe('owners at the start of a clause agree with the full search', () => {
  const pieces = ['市', '区', '县', '省', '委', '政府', '人民', '人大常委会', '政协', '文化和旅游局', '局', '办公室', '委员会', '厅', '中原银行', '洛阳', '分行', '支行', '书记', '市长', '副', '董事长', '总经理', '主任', '主席', '徐衣显', '增长', '加快', '推进', '企业', '项目', ',', '在']
  it('on clauses made of department, title and plain words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.integer({ min: 0, max: 3 }), (parts, max) => {
        const s = parts.join('')
        const d = DEPT_RE.exec(s)
        expect(departmentAtStart(s, max)).toBe(d && d.index <= max ? d[0] : null)
        const p = findPerson(s)
        expect(personAtStart(s, max)).toBe(p && p.index <= max ? p.name : null)
      }),
      { numRuns: 3000 },
    )
  })
})
