import { describe, expect, it } from 'vitest'
import { origToView, reflow, toOriginal, viewToOrig } from './reflow'

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

  it('maps every view offset to the same character of the original, and back', () => {
    const text = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉,一二三\n\n四五六,七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉\n\n子丑。\n\n新段'
    const r = reflow(text)
    expect(r.view).toBe(text.replace('三\n\n四', '三四').replace('酉\n\n子', '酉子'))
    let prev = -1
    for (let v = 0; v < r.view.length; v++) {
      const o = viewToOrig(r, v)
      expect(text[o]).toBe(r.view[v])
      expect(o).toBeGreaterThan(prev)
      expect(origToView(r, o)).toBe(v)
      prev = o
    }
    // an offset inside a removed break maps to the next kept character
    expect(r.view[origToView(r, text.indexOf('\n'))]).toBe('四')
  })
})
