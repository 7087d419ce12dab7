import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText, looksLikeForeignEuc } from './encoding'

// a made-up Korean news paragraph (city budget, housing): Hangul only, spaces between words
// and a made-up Japanese one (a city's plans), kana and kanji
const JAPANESE = '大阪市は2025年の万博に向けて、地下鉄の延伸と駅周辺の再開発を進める計画を発表しました。市長は記者会見で「必ず成功させる」と述べ、来年度の予算案に関連事業費を計上する方針を示した。'
const KOREAN = '서울시는 내년 예산안에서 방재 대책에 3천억 원을 편성할 방침을 굳혔다. 시는 2025년까지 공공주택 8만 호를 공급하고 대중교통 요금을 동결하겠다고 밝혔다. 시 관계자는 시민의 안전과 주거 안정을 최우선으로 삼겠다고 말했다.'

const SAMPLE = '力争2024年接待游客超过3500万人次，翠云阁“十一”建成开放。\r\n洛邑古城'
const utf8 = (s: string) => new TextEncoder().encode(s)
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]))

describe('decodeText: text files', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8', false],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE)), 'utf-8', true],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], iconv.encode(SAMPLE, 'utf16le')), 'utf-16le', true],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], iconv.encode(SAMPLE, 'utf16-be')), 'utf-16be', true],
    ['GBK', iconv.encode(SAMPLE, 'gbk'), 'gb18030', false],
    ['GB18030', iconv.encode(SAMPLE + '𠀀', 'gb18030'), 'gb18030', false],
  ])('%s', (_name, input, encoding, bom) => {
    const r = decodeText(input)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.encoding).toBe(encoding)
    expect(r.bom).toBe(bom)
    expect(r.replaced).toBe(0)
    // BOM removed, nothing else changed (line endings kept: quotes are offsets into this text)
    expect(r.text).toBe(_name === 'GB18030' ? SAMPLE + '𠀀' : SAMPLE)
  })

  it('decodes known GBK bytes by hand, without a library: 你好 = C4E3 BAC3', () => {
    const r = decodeText(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))
    expect(r).toMatchObject({ ok: true, text: '你好', encoding: 'gb18030' })
  })

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('GDP +7%'))).toMatchObject({ ok: true, encoding: 'utf-8', text: 'GDP +7%' })
  })
})

// Real sentences (the fixtures' Hong Kong and mainland texts, and a Taiwan government sentence);
// each is encoded every way it can be and must come back as itself, named by the right encoding.
const TRADITIONAL = [
  '今後五年,力爭GDP年均增長約10.5%,到2025年達到1000億元。', // 香港商報 on 博羅 (boluo_2021_hkcd)
  '紫金縣舉辦2021年度春季重大項目集中動工活動,23個重大項目集中動工,總投資64.45億元。', // zijin_2021_hkcd
  '該市是次來港推介50個項目,其中昨日簽約18個項目,涉資8.7億美元(約57.1億元人民幣)。', // ningde_2011_hk_investment
  '李克強在政府工作報告中指出,2022年是黨和國家歷史上極為重要的一年。', // hk_2023_commentary
  '行政院核定「前瞻基礎建設計畫」,預計八年投入新臺幣8,824億元,推動軌道、水環境及綠能建設。', // Taiwan 前瞻基礎建設計畫
  '政府工作報告',
]
const SIMPLIFIED = [
  '力争2024年接待游客超过3500万人次,翠云阁“十一”建成开放。',
  '全年地区生产总值增长7%左右,城镇新增就业1.2万人。',
  '县委县政府高度重视,确保年底前完成老旧小区改造120个。',
  '你好',
]

describe('decodeText: Big5 and GB18030 told apart by the decoded text', () => {
  it.each(TRADITIONAL.map((s) => [s]))('traditional, as Big5 and as GB18030: %s', (sentence) => {
    const big5 = iconv.encode(sentence, 'big5')
    expect(iconv.decode(big5, 'big5')).toBe(sentence) // the sentence has a Big5 form
    expect(decodeText(big5)).toMatchObject({ ok: true, encoding: 'big5', text: sentence, replaced: 0 })
    expect(decodeText(iconv.encode(sentence, 'gb18030'))).toMatchObject({ ok: true, encoding: 'gb18030', text: sentence })
  })

  it.each(SIMPLIFIED.map((s) => [s]))('simplified, as GBK: %s', (sentence) => {
    expect(decodeText(iconv.encode(sentence, 'gbk'))).toMatchObject({ ok: true, encoding: 'gb18030', text: sentence })
  })

  it('says which encoding was read, in both languages', () => {
    const r = decodeText(iconv.encode(TRADITIONAL[0], 'big5'))
    expect(r.ok && r.detected).toEqual({ 'zh-CN': '编码：Big5（繁体中文，台湾/香港）', en: 'Encoding: Big5 (traditional Chinese, Taiwan/Hong Kong)' })
    const g = decodeText(iconv.encode(SIMPLIFIED[0], 'gbk'))
    expect(g.ok && g.detected['zh-CN']).toContain('GB18030')
    const u = decodeText(bytes([0xff, 0xfe], iconv.encode(SAMPLE, 'utf16le')))
    expect(u.ok && u.detected.en).toBe('Encoding: UTF-16 little-endian; with BOM')
  })
})

describe('decodeText: UTF-16 without a BOM', () => {
  const ASCII_HEAVY = 'GDP growth target: 7% (2024)\r\n' + SAMPLE
  // no ASCII at all, so not a single NUL byte in either byte order
  const CJK_ONLY = '力争接待游客超过三千五百万人次，翠云阁建成运营。全年地区生产总值增长百分之七。'

  it.each([
    ['ASCII-heavy, little-endian', ASCII_HEAVY, 'utf16le', 'utf-16le'],
    ['ASCII-heavy, big-endian', ASCII_HEAVY, 'utf16-be', 'utf-16be'],
    ['Chinese only, little-endian', CJK_ONLY, 'utf16le', 'utf-16le'],
    ['Chinese only, big-endian', CJK_ONLY, 'utf16-be', 'utf-16be'],
    ['traditional, little-endian', TRADITIONAL.join('\n'), 'utf16le', 'utf-16le'],
  ])('%s', (_name, text, iconvName, encoding) => {
    const input = iconv.encode(text, iconvName)
    if (text === CJK_ONLY) expect(input.includes(0)).toBe(false)
    expect(decodeText(input)).toMatchObject({ ok: true, encoding, bom: false, text })
  })

  it('still refuses binary data with NUL bytes (an even number of pseudo-random bytes)', () => {
    let x = 12345
    const noise = Uint8Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x >> 16) & 0xff)
    expect(noise.includes(0)).toBe(true)
    expect(decodeText(noise)).toMatchObject({ ok: false, reason: 'binary' })
    // a text file with a run of NULs in it (a damaged save) is not read as UTF-16 either
    expect(decodeText(bytes(utf8(SAMPLE + '游客'), new Uint8Array(8), utf8(SAMPLE)))).toMatchObject({ ok: false, reason: 'binary' })
  })
})

describe('decodeText: damaged and foreign files', () => {
  it('reads UTF-8 with one damaged byte as UTF-8, counting the replaced byte', () => {
    const r = decodeText(bytes(utf8(SAMPLE), [0xe6, 0xb8], utf8(SAMPLE)))
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', replaced: 1 })
    if (r.ok) expect(r.detected['zh-CN']).toContain('1 处字节无法解码')
  })

  it.each([
    ['Japanese in Shift_JIS', iconv.encode('東京都は来年度予算案で防災対策に三千億円を計上する方針を固めた。', 'shift_jis')],
    ['Korean in EUC-KR', iconv.encode(KOREAN, 'euc-kr')],
    ['Japanese in EUC-JP', iconv.encode(JAPANESE, 'euc-jp')],
    ['French in Latin-1', iconv.encode('Le budget prévoit une hausse de 7 % des crédits, à la fin de l’année fiscale.', 'latin1')],
  ])('refuses %s with a clear message', (_name, input) => {
    const r = decodeText(input)
    expect(r).toMatchObject({ ok: false, reason: 'unknown_encoding' })
    if (!r.ok) {
      expect(r.message['zh-CN']).toContain('Big5')
      expect(r.message.en).toContain('not recognised')
    }
  })
})

describe('looksLikeForeignEuc: Korean and Japanese bytes that also decode as Chinese', () => {
  const ZH = '全年地区生产总值增长7%左右，一般公共预算收入增长5%，城镇新增就业5万人以上，居民人均可支配收入增长与经济增长同步，粮食产量稳定在50亿斤以上，这是我们的目标。'
  it.each([
    ['Korean news in EUC-KR', iconv.encode(KOREAN, 'euc-kr'), 'ko'],
    ['a Korean line too short to judge (under 40 characters)', iconv.encode('서울시는 내년 예산안을 발표했다.', 'euc-kr'), null],
    ['Japanese news in EUC-JP', iconv.encode(JAPANESE, 'euc-jp'), 'ja'],
    ['a simplified Chinese report in GB18030', iconv.encode(ZH, 'gb18030'), null],
    ['the same report in Big5', iconv.encode('全年地區生產總值增長7%左右，一般公共預算收入增長5%，城鎮新增就業5萬人以上，居民人均可支配收入增長與經濟增長同步，糧食產量穩定在50億斤以上，這是我們的目標。', 'big5'), null],
    ['Chinese in GB18030 mixed with ASCII figures and English', iconv.encode(`${ZH} GDP 7% CPI 3% `.repeat(3), 'gb18030'), null],
  ])('%s', (_name, input, language) => {
    expect(looksLikeForeignEuc(input)).toBe(language)
  })
})

describe('decodeText: refusals', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'empty'],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    ['only whitespace', utf8(' \r\n\t\u3000 '), 'empty'],
    ['PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['NUL bytes in UTF-8', bytes(utf8('游客'), [0], utf8('人次')), 'binary'],
    ['many control characters', bytes(utf8('游客'), [1, 2, 3, 4, 5, 6], utf8('人次')), 'binary'],
    ['invalid bytes in every encoding', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x41]), 'unknown_encoding'],
  ] as const)('%s', (_name, input, reason) => {
    const r = decodeText(input)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe(reason)
    expect(r.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/)
    expect(r.message.en).toMatch(/[a-z]/)
  })

  it('refuses files over the limit, naming the limit', () => {
    const r = decodeText(utf8('游'.repeat(100)), 200)
    expect(r).toMatchObject({ ok: false, reason: 'too_large' })
    if (!r.ok) expect(r.message.en).toContain('MB')
    expect(decodeText(utf8('游'.repeat(60)), 200).ok).toBe(true)
  })

  it('has a 5 MB default limit', () => {
    expect(decodeText(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).toMatchObject({ ok: false, reason: 'too_large' })
    expect(decodeText(new Uint8Array(5 * 1024 * 1024).fill(0x41)).ok).toBe(true)
  })
})
