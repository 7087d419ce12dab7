import { describe, expect, it } from 'vitest'
import { DEADLINE_LEAD, findQuantities, LEAD_CUES, LEAD_FIRST } from './quantities'

const q = (clause: string) => findQuantities(clause).map((x) => [x.value, x.unit, x.comparator, x.growth])

describe('findQuantities', () => {
  it.each([
    ['力争2024年接待游客超过3500万人次', [[35_000_000, '人次', '>', false]]],
    ['旅游综合收入超过250亿元', [[25_000_000_000, '元', '>', false]]],
    ['力争全年地区生产总值增长7%', [[7, '%', null, true]]],
    ['2024年实施“三大改造”项目500个以上', [[500, '个', '≥', false]]],
    ['力争2024年17条产业链营收达4600亿元', [[460_000_000_000, '元', '≥', false]]],
    ['2024年实施超千万元工业项目700个', [[700, '个', null, false]]],
    ['累计投放各类融资不低于500亿元', [[50_000_000_000, '元', '≥', false]]],
    ['占地面积约450亩的锂电池项目', [[450, '亩', '≈', false]]],
    ['共有110余家企业送岗4000余个', [[110, '家', '>', false], [4000, '个', '>', false]]],
    ['居民消费价格涨幅控制在4%左右', [[4, '%', '≈', true]]],
    ['城镇登记失业率控制在4%以内', [[4, '%', '≤', false]]],
    ['城乡居民人均可支配收入分别达到18687元、5634元', [[18687, '元', '≥', false], [5634, '元', '≥', false]]],
    ['分别增长9%以上和10%以上', [[9, '%', '≥', true], [10, '%', '≥', true]]],
    ['学改革成果连续两次获省教学成果一等奖', [[2, '次', null, false]]],
    ['增长1.5个百分点', [[1.5, '个百分点', null, true]]],
    ['实施500万元以上重点项目40个', [[40, '个', null, false]]],
    ['百万吨乙烯强夯工作过半', [[50, '%', '>', false]]],
    ['涉资8.7亿美元(约57.1亿元人民币)', [[870_000_000, '美元', null, false]]],
  ])('%s', (clause, expected) => expect(q(clause)).toEqual(expected))

  it.each([
    ['认真贯彻落实市委十二届五次全会精神'],
    ['紧紧围绕区委“345”发展战略'],
    ['我市全面开展花路、花墙六大专项行动'],
    ['加快建设百万吨乙烯、中州时代产业基地两个百亿级龙头项目'],
    ['做强材料、装备两大千亿级支柱产业'],
    ['加快推进5大先进制造业集群17条优势产业链建设'],
    ['创建4A级景区'],
    ['西工区实施“1+3+N”名师倍增计划'],
    ['1月12日,新年伊始'],
    ['一所乡村小学'],
  ])('finds no quantity in a name, date or ordinal: %s', (clause) => expect(q(clause)).toEqual([]))
})

describe('LEAD_FIRST (the gate before the metric lead patterns)', () => {
  it('holds every character a lead or deadline pattern can open with', () => {
    // after the first character, a match goes on with the rest of one of the patterns' words (or digits)
    const words = [...LEAD_CUES.source.matchAll(/[\u4e00-\u9fa5“”]+/g), ...DEADLINE_LEAD.source.matchAll(/[\u4e00-\u9fa5“”]+/g)].map((m) => m[0])
    const rests = [...new Set([...words, ...words.map((w) => w.slice(1)), '000年', '0年', '2月底前', '2月2日前', '月底前', '十一”前', ''])]
    const missed: string[] = []
    for (let c = 0; c < 65536; c++) {
      if (LEAD_FIRST[c] === 1 || (c >= 0xd800 && c <= 0xdfff)) continue
      const ch = String.fromCharCode(c)
      for (const rest of rests) if (LEAD_CUES.test(ch + rest) || DEADLINE_LEAD.test(ch + rest)) missed.push(ch + rest)
    }
    expect(missed).toEqual([])
  })
})

describe('a name run (二级…, 三大…) ends at a comparison verb', () => {
  it.each([
    ['普通国道二级及以上公路比重达到85%', [[85, '%']]],
    ['建成三大产业园区12个', []],
  ])('%s', (clause, want) => expect(findQuantities(clause).map((q) => [q.value, q.unit])).toEqual(want))
})
