import { describe, expect, it } from 'vitest'
import { extract } from './pipeline'
import { reviewSections } from './review-section'

// invented: a prefecture report delivered in March, its review written with pledge words
const REPORT = [
  '各位代表:',
  '一、2030年工作回顾',
  '2030年是我州发展极不平凡的一年。面对多重压力,我们全力推进工业转型,加快推进服务业恢复,地区生产总值增长4.7%,增速排全省第3位。我们全力拓展就业岗位,城镇新增就业4.5万人。',
  '二、2031年工作安排',
  '今年经济社会发展的主要预期目标是:地区生产总值增长6.5%以上,城镇新增就业4万人。',
].join('\n')

describe('reviewSections', () => {
  it('spans the review up to the next top-level heading', () => {
    const [[a, b]] = reviewSections(REPORT)
    expect(REPORT.slice(a, b)).toContain('4.7%')
    expect(REPORT.slice(a, b)).not.toContain('6.5%')
  })
})

describe('an unnumbered review heading', () => {
  it('runs to the coming year’s plan heading', () => {
    const text = '各位代表:\n2030年工作回顾\n全年主要目标任务圆满完成,新建学校5所。\n2031年工作安排\n今年新建学校8所。'
    const [[a, b]] = reviewSections(text)
    expect(text.slice(a, b)).toContain('5所')
    expect(text.slice(a, b)).not.toContain('8所')
  })

  it('a sentence reporting the finished year (…达88%) is no target there', () => {
    const text = '各位代表:\n2030年工作回顾\n推动林果业提质增效,标准化率达88%。\n2031年工作安排\n今年标准化率达到90%。'
    const got = extract(text, { date: '2031-01-06' }).commitments
    expect(got.find((c) => c.value === 88)?.kind).toBe('fact')
    expect(got.find((c) => c.value === 90)?.kind).toBe('target')
  })
})

describe('a review section written with pledge words reports the past year', () => {
  const got = extract(REPORT, { date: '2031-03-29' }).commitments
  it.each([
    ['4.7%', 'fact'],
    ['4.5万人', 'fact'],
    ['6.5%', 'target'],
    ['4万人', 'target'],
  ])('%s → %s', (fig, kind) => {
    const c = got.find((x) => x.quote.includes(fig) && (fig !== '4万人' || !x.quote.includes('4.5万人')))
    expect(c?.kind).toBe(kind)
  })
})
