import { describe, expect, it } from 'vitest'
import { closeSpacedWords } from './spaced-words'

describe('closeSpacedWords', () => {
  it.each([
    ['政 府 工 作 报 告', '政府工作报告'],
    ['县 长 李永明', '县长 李永明'],
    ['县长 李永明', '县长 李永明'],
    ['镇 长\u3000王 刚', '镇长王刚'],
    // words of two or more characters keep their spaces
    ['经济 发展 稳中 有进', '经济 发展 稳中 有进'],
    ['2026年 1月', '2026年 1月'],
  ])('%s → %s', (s, want) => expect(closeSpacedWords(s)).toBe(want))
})
