import { describe, expect, it } from 'vitest'
import { dominantDepartment, fullDepartment, leadOwner } from './departments'

const place = (district: string | null, city: string | null, province: string | null, text = '') => ({ district, city, province, text })

describe('fullDepartment', () => {
  it.each([
    // a bare 县/区/省 prefix takes the article's place
    ['县统计局', place('黎平县', '黔东南苗族侗族自治州', '贵州省'), '黎平县统计局'],
    ['县城建指挥部', place('睢宁县', '徐州市', '江苏省'), '睢宁县城建指挥部'],
    ['区委', place('京口区', '镇江市', '江苏省'), '京口区委'],
    ['省政府', place('浙江省', null, '浙江省'), '浙江省人民政府'],
    // 政府 → 人民政府, abbreviations spelled out
    ['莒县政府', place('莒县', '日照市', '山东省'), '莒县人民政府'],
    ['大同市文旅局', place('大同市', '大同市', '山西省'), '大同市文化和旅游局'],
    ['市发改委', place('洛阳市', '洛阳市', '河南省', '洛阳市发展和改革委员会召开…'), '洛阳市发展和改革委员会'],
    // 发改委 as written unless the page spells it out
    ['区发改委', place('海淀区', '北京市', '北京市', '来源:区发改委'), '海淀区发改委'],
    ['宝鸡市发改委', place('宝鸡市', '宝鸡市', '陕西省', '宝鸡市发改委牵头'), '宝鸡市发改委'],
    // a bare 市 only when the page writes the full form itself; otherwise as written
    ['市文化和旅游局', place('贵阳市', '贵阳市', '贵州省', '贵阳市文化和旅游局全面贯彻…'), '贵阳市文化和旅游局'],
    ['市工业和信息化局', place('洛阳市', '洛阳市', '河南省', '——访市工业和信息化局党组书记'), '市工业和信息化局'],
    ['市政府', place('洛阳市', '洛阳市', '河南省', '市长徐衣显调研'), '市政府'],
    // a prefix that does not fit the place stays as written
    ['县统计局', place('京口区', '镇江市', '江苏省'), '县统计局'],
    ['老城区委', place('老城区', '洛阳市', '河南省'), '老城区委'],
    ['中原银行洛阳分行', place('孟津区', '洛阳市', '河南省'), '中原银行洛阳分行'],
  ])('%s → %s', (dept, p, full) => expect(fullDepartment(dept, p)).toBe(full))
})

describe('leadOwner', () => {
  it.each([
    ['', '1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年…', { department: null, person: '李永军', government: true }],
    ['', '省委常委、青岛市委书记李群出席会议,市委副书记、市长张新起作政府工作报告,市人大常委会主任王文华主持会议。', { department: null, person: '张新起', government: true }],
    ['', '县委副书记、县长费立志代表县政府作工作报告。', { department: null, person: '费立志', government: true }],
    ['', '云南省第十四届人民代表大会第三次会议18日在昆明开幕,政府工作报告披露,…', { department: null, person: null, government: true }],
    ['重庆市渝中区人民政府工作报告', '各位代表:', { department: null, person: null, government: true }],
    ['', '副市长王蔚作政府工作报告', { department: null, person: null, government: true }], // a deputy does not deliver it: no person
    ['', '文章来源:县统计局 发布时间:2019-11-11', { department: '县统计局', person: null, government: false }],
    ['', '来源:区发改委  日期:2022-08-29', { department: '区发改委', person: null, government: false }],
    ['', '记者从县城建指挥部了解到,我县今年城建重点工程共计142项', { department: '县城建指挥部', person: null, government: false }],
    ['', '记者14日从云南省人民政府获悉,该省实施…', { department: '云南省人民政府', person: null, government: false }],
    ['', '2016-09-19 10:33:19 兴业县人民政府\n\n今年以来,兴业县…', { department: '兴业县人民政府', person: null, government: false }],
    ['', '1月2日,京口区委书记徐申锋接受了本报记者专访。', { department: '京口区委', person: '徐申锋', government: false }],
  ])('%s %s', (title, head, owner) => expect(leadOwner(title, head)).toEqual(owner))

  it('is null for a lead naming no body', () => {
    expect(leadOwner('聚焦文旅促发展', '本报记者 张三 来源:重庆日报 今年以来,全市接待游客')).toBeNull()
  })
})

describe('dominantDepartment', () => {
  const guiyang = place('贵阳市', '贵阳市', '贵州省', '贵阳市文化和旅游局全面贯彻…市文化和旅游局始终坚持')
  it('counts short and full spellings of one body together', () => {
    expect(dominantDepartment('2018年,贵阳市文化和旅游局全面贯彻…。市文化和旅游局始终坚持以新发展理念', guiyang)).toBe('贵阳市文化和旅游局')
  })
  it('needs two mentions and a clear lead', () => {
    expect(dominantDepartment('贵阳市文化和旅游局全面贯彻', guiyang)).toBeNull()
    expect(dominantDepartment('贵阳市文化和旅游局…贵阳市文化和旅游局…贵阳市教育局…贵阳市教育局', guiyang)).toBeNull()
  })
})
