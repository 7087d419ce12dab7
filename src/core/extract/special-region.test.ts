import { describe, expect, it } from 'vitest'
import { specialRegion } from './special-region'

describe('specialRegion', () => {
  it.each([
    ['特區政府推出措施,保障本澳居民優先就業,澳門居民…', '澳门特别行政区'],
    ['特区政府加大投入,香港市民受惠,香港经济回稳', '香港特别行政区'],
    ['本港失业率回落,本港经济…', '香港特别行政区'],
    // named in passing by a mainland text: no government or self-reference
    ['与香港、澳门合作,深化粤港澳大湾区建设', null],
    ['特区政府', null],
  ])('%s → %s', (s, want) => expect(specialRegion(s)?.district ?? null).toBe(want))
})
