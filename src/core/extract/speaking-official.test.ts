import { describe, expect, it } from 'vitest'
import { speakingOfficialBody } from './speaking-official'

describe('speakingOfficialBody', () => {
  it.each([
    ['新开工项目1200个。宁夏回族自治区发展改革委主任张某介绍说。', '宁夏回族自治区发展改革委'],
    ['宝鸡市发改委党组成员、市项目办主任李某介绍,今年…', '宝鸡市发改委'],
    ['据县统计局局长王某某介绍,全县…', '县统计局'],
    // a party committee's official, no speaking verb, no body
    ['某某区委主要负责人表示,…', null],
    ['宝鸡市发改委主任李某调研项目', null],
    ['主任李某介绍,今年…', null],
  ])('%s → %s', (s, want) => expect(speakingOfficialBody(s)).toBe(want))
})
