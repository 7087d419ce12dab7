import { describe, expect, it } from 'vitest'
import { reportsTwinCityZone } from './twin-city-zone'

// invented sentences (real city names so the gazetteer can be asked)
describe('reportsTwinCityZone', () => {
  it.each([
    ['据湖南省发展和改革委员会消息,长沙—株洲都市圈重点项目稳步推进', '湖南省', true],
    ['省政府召开会议,部署长沙-湘潭一体化工作', '湖南省', true],
    ['长沙—株洲都市圈重点项目稳步推进', '湖南省', false], // no provincial body reports it
    ['据湖南省发展和改革委员会消息,长沙市重点项目稳步推进', '湖南省', false], // one city only
    ['据湖南省政府消息,长沙—武汉城市群合作推进', '湖南省', false], // the cities lie in two provinces
  ])('%s → %s', (text, province, want) => {
    expect(reportsTwinCityZone(text, province)).toBe(want)
  })
})
