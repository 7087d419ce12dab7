import { describe, expect, it } from 'vitest'
import { normalize } from './normalize'

describe('normalize', () => {
  it.each([
    ['新鄉市', '新乡市'],
    ['總投資額達17.6億美元', '总投资额达17.6亿美元'],
    ['３５００万人次', '3500万人次'],
    ['增长７％', '增长7%'],
    ['项目，力争；（上接）', '项目,力争;(上接)'],
    ['显著增强', '显著增强'],
  ])('%s → %s', (a, b) => expect(normalize(a)).toBe(b))

  it('keeps the length (offsets stay valid), also for astral characters', () => {
    for (const s of ['臺灣𠀀，１２', '\uD800a\uDC00，', '，\uD83D']) expect(normalize(s).length).toBe(s.length)
  })
})
