import { describe, expect, it } from 'vitest'
import { sectionCounty } from './section-county'

// invented sentences; the county names are real divisions so the gazetteer can be asked
describe('sectionCounty', () => {
  it.each([
    ['争取启动G320国道(婺源段)改建', '江西省', '婺源县'],
    ['推进沿江公路(婺源段)建设,完成G320(婺源段)绿化', '江西省', '婺源县'], // every section agrees
    ['推进沿江公路(婺源段)建设', null, '婺源县'], // unique nationwide
    ['推进快速路(朝阳段)建设', null, null], // 朝阳区 in two cities, 朝阳县 in a third
    ['推进快速路(婺源段)和(德兴段)建设', '江西省', null], // two counties: no single owner
    ['推进快速路(婺源段)建设', '湖南省', null], // not in the page's province
    ['加强重点路段管理', '江西省', null], // no bracketed section
    ['完成一标段(主线段)施工', null, null], // a section that is no place
  ])('%s (%s) → %s', (text, province, want) => {
    expect(sectionCounty(text, province)).toBe(want)
  })
})
