import { describe, expect, it } from 'vitest'
import { findDepartment, findPerson, parseInterviewHeader } from './owners'

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
