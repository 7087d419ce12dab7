import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'
import { deliveredByBarePrefecture, speaksAsPrefecture } from './prefecture-self'

describe('speaksAsPrefecture', () => {
  it.each([
    ['2030年是我州经济社会发展极不平凡的一年', true],
    ['全州地区生产总值增长5%', true],
    ['全州县新建学校', false],
    ['州委州政府坚强领导', false],
    ['全省地区生产总值增长5%', false],
  ])('%s → %s', (text, want) => expect(speaksAsPrefecture(text)).toBe(want))
})

describe('deliveredByBarePrefecture', () => {
  it.each([
    ['现在,我代表州人民政府向大会报告工作', true],
    ['现在,我代表市人民政府向大会报告工作', true],
    ['现在,我代表区人民政府向大会报告工作', false],
    ['现在,我代表某某县人民政府向大会报告工作', false],
  ])('%s → %s', (text, want) => expect(deliveredByBarePrefecture(text)).toBe(want))
})

describe('a prefecture report ranking itself in its province owns its figures', () => {
  it('invented: the prefecture, not the province or a county it names once', () => {
    const text =
      '(云南省)2031年红河州人民政府工作报告\n\n政府工作报告\n\n各位代表:\n现在,我代表州人民政府向大会报告工作。\n' +
      '2030年是我州发展极不平凡的一年。地区生产总值增长5.1%,增速排全省第2位。项目建设在全省率先实现复工,蒙自市、个旧市新建学校12所。'
    const got = extract(text, { date: '2031-03-20' }).commitments.filter((c) => c.quote.includes('地区生产总值'))
    expect(got.length).toBe(1)
    expect(got[0].district).toBe('红河哈尼族彝族自治州')
  })
})
