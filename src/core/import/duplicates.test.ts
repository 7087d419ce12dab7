import { readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDuplicate, contentHash, overlap, shingles } from './duplicates'

const SEED_FILE = '/work/shared/seed/000_fb33daffd6a12e67.txt'
const STORY =
  '本报讯（记者 张三）1月12日，老城区召开会议。力争2024年接待游客超过3500万人次，旅游综合收入超过250亿元；' +
  '确保洛邑古城一期续建项目春节前部分投入运营，翠云阁“十一”建成开放，推动洛邑古城持续火爆并创建4A级景区。' +
  '同时，全区将聚焦文旅促发展，务实重干开新篇，创建国家级非遗特色街区，力争全年地区生产总值增长7%。'
const OTHER =
  '西工区投资4800万元对辖区39所中小学实施智能化、便利化改造提升，打造7个城乡“学校发展共同体”，组建800余个社团，' +
  '吸引3.7万余名中小生参与其中，西工区共计有469名教职工实现了交流轮岗，95人参加校长职级认定。'

describe('contentHash', () => {
  it.each([
    ['BOM', '\uFEFF' + STORY],
    ['CRLF line endings', STORY.replace(/；/g, '；\r\n')],
    ['column breaks in the middle of words', STORY.replace('创建国家级', '创建国\n\n家级')],
    ['ideographic and trailing spaces', '\u3000\u3000' + STORY + '  \n'],
  ])('ignores %s', (_name, variant) => {
    expect(contentHash(variant)).toBe(contentHash(STORY))
  })

  it('differs when a figure changes', () => {
    expect(contentHash(STORY.replace('3500', '4000'))).not.toBe(contentHash(STORY))
  })
})

describe('checkDuplicate', () => {
  const existing = [
    { id: 'src-story', text: STORY },
    { id: 'src-other', text: OTHER },
  ]

  it('recognises the same text imported again', () => {
    expect(checkDuplicate('\uFEFF' + STORY.replace(/。/g, '。\r\n'), existing)).toEqual({ same: 'src-story', near: [] })
  })

  it('flags the same story under a different header as a near duplicate, not the same', () => {
    const reheaded = '洛阳日报 2024年1月14日 第2版\n' + STORY.replace('本报讯（记者 张三）', '本报讯（记者 李四 通讯员 王五）')
    const r = checkDuplicate(reheaded, existing)
    expect(r.same).toBeNull()
    expect(r.near.map((n) => n.sourceId)).toEqual(['src-story'])
    expect(r.near[0].similarity).toBeGreaterThan(0.8)
  })

  it('flags one article cut from a page that is already imported (containment)', () => {
    const page = { id: 'src-page', text: STORY + '\n\n' + OTHER }
    const r = checkDuplicate(OTHER, [page])
    expect(r.near).toHaveLength(1)
    expect(r.near[0].containment).toBe(1)
    expect(r.near[0].similarity).toBeLessThan(0.8)
  })

  it('leaves different stories alone, even on the same subject', () => {
    const later = '2025年，老城区力争接待游客突破4000万人次，翠云阁“十一”建成开放，旅游综合收入超过280亿元，打造国际文化旅游名城。'
    expect(checkDuplicate(later, existing)).toEqual({ same: null, near: [] })
    expect(checkDuplicate(OTHER.slice(0, 40), [{ id: 'src-story', text: STORY }])).toEqual({ same: null, near: [] })
  })

  it.runIf(existsSync(SEED_FILE))('recognises the seed page re-imported with Windows line endings', () => {
    const seed = readFileSync(SEED_FILE, 'utf8')
    expect(checkDuplicate(seed.replace(/\n/g, '\r\n'), [{ id: 'seed', text: seed }]).same).toBe('seed')
  })
})

describe('shingles and overlap', () => {
  it('measures identical sets as 1 and disjoint as 0', () => {
    const a = shingles(STORY)
    expect(overlap(a, shingles(STORY))).toEqual({ similarity: 1, containment: 1 })
    expect(overlap(a, shingles(OTHER)).similarity).toBeLessThan(0.05)
    expect(overlap(new Set(), a)).toEqual({ similarity: 0, containment: 0 })
  })
})
