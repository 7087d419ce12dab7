import { describe, expect, it } from 'vitest'
import { reflow, toOriginal } from './reflow'

describe('reflow', () => {
  it.each([
    ['推动产业发展,把\n\n新文旅产业作为主攻方向', '推动产业发展,把新文旅产业作为主攻方向'],
    ['培育消费增长点,创建国\n\n家级非遗特色街区', '培育消费增长点,创建国家级非遗特色街区'],
    ['发挥牵引功能,加快建设百万吨乙烯、中州时代产业基地两\n\n个百亿级龙头项目', '发挥牵引功能,加快建设百万吨乙烯、中州时代产业基地两个百亿级龙头项目'],
  ])('joins a mid-sentence column break: %j', (input, view) => {
    expect(reflow(input).view).toBe(view)
  })

  it.each([
    ['贡献老城力量。\n\n建设文旅强区'],
    ['一把手访谈\n\n聚焦文旅促发展'],
    ['朝阳镇:\n\n真抓实干见成效'],
    ['洛报融媒记者 吕百营 通讯员 石智卫\n\n徐衣显调研'],
    ['市场主体。\n\n——访市工业和信息化局局长'],
  ])('keeps a real break: %j', (input) => {
    expect(reflow(input).view).toBe(input)
  })

  it('maps a view span back to an original slice that contains the break', () => {
    const text = '培育消费增长点,创建国\n\n家级非遗特色街区,力争全年'
    const r = reflow(text)
    const s = r.view.indexOf('创建国家级非遗特色街区')
    const [a, b] = toOriginal(r, s, s + '创建国家级非遗特色街区'.length)
    expect(text.slice(a, b)).toBe('创建国\n\n家级非遗特色街区')
  })

  it('has a map as long as the view, increasing', () => {
    const r = reflow('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉,一二三\n\n四五六')
    expect(r.map.length).toBe(r.view.length)
    for (let i = 1; i < r.map.length; i++) expect(r.map[i]).toBeGreaterThan(r.map[i - 1])
  })
})
