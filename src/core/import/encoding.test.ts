import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './encoding'

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
