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

  // Node decodes with Buffer, browsers with TextDecoder: both must give TextDecoder's string
  it('replaces lone surrogates as TextDecoder does, keeps pairs', () => {
    const viaTextDecoder = (s: string) => new TextDecoder('utf-16le').decode(Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)).map((c) => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c)))
    for (const s of ['\uD800a\uDC00，', '，\uD83D', '\uDC00，\uD800\uD800\uDC00', '𠀀，😀\uDBFF']) {
      expect(normalize(s)).toBe(viaTextDecoder(s))
    }
    expect(normalize('\uD800a，')).toBe('\uFFFDa,')
  })
})
