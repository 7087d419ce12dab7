// Turn the bytes of a dropped .txt file into text. Chinese files are often GB18030/GBK or Big5 rather
// than UTF-8, and Windows tools save UTF-16, not always with a BOM. So: a BOM decides; otherwise
// strict UTF-8 (the only encoding whose rules reject almost everything else); otherwise every
// encoding that could have produced the bytes is tried on a sample and the decoding that reads most
// like Chinese text wins (plausibility.ts): GB18030 and Big5 accept each other's bytes, and UTF-16
// of Chinese text need not contain a single NUL. Binary, empty, oversized and unrecognised files are
// refused with a message in both languages; a recognised file says which encoding was read.
import { plausibility } from './plausibility'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export type RefusalReason = 'empty' | 'too_large' | 'binary' | 'unknown_encoding'

export interface Message {
  'zh-CN': string
  en: string
}

export type DecodeResult =
  | {
      ok: true
      text: string
      encoding: TextEncodingName
      bom: boolean
      /** bytes that did not decode, each shown as U+FFFD (a damaged file read anyway) */
      replaced: number
      /** which encoding was read, for the person importing */
      detected: Message
    }
  | { ok: false; reason: RefusalReason; message: Message }

/** Share of control characters (other than tab, line breaks, form feed) that marks a file as binary. */
const MAX_CONTROL_SHARE = 0.01
/** The best decoding must score at least this (plausibility.ts); right ones score about 0.9–1. */
export const MIN_PLAUSIBILITY = 0.6
/** Bytes scored per candidate encoding: enough to decide, and a 5 MB file is decoded only once more. */
const SAMPLE_BYTES = 64 * 1024

const NAMES: Record<TextEncodingName, Message> = {
  'utf-8': { 'zh-CN': 'UTF-8', en: 'UTF-8' },
  'utf-16le': { 'zh-CN': 'UTF-16（小端）', en: 'UTF-16 little-endian' },
  'utf-16be': { 'zh-CN': 'UTF-16（大端）', en: 'UTF-16 big-endian' },
  gb18030: { 'zh-CN': 'GB18030/GBK（简体中文）', en: 'GB18030/GBK (simplified Chinese)' },
  big5: { 'zh-CN': 'Big5（繁体中文，台湾/香港）', en: 'Big5 (traditional Chinese, Taiwan/Hong Kong)' },
}

function detectedMessage(encoding: TextEncodingName, bom: boolean, replaced: number): Message {
  const name = NAMES[encoding]
  const zh = [`编码：${name['zh-CN']}`, bom ? '带 BOM' : '', replaced ? `${replaced} 处字节无法解码，已用 � 代替` : ''].filter(Boolean)
  const en = [`Encoding: ${name.en}`, bom ? 'with BOM' : '', replaced ? `${replaced} bytes could not be decoded and show as �` : ''].filter(Boolean)
  return { 'zh-CN': zh.join('；'), en: en.join('; ') }
}

function refuse(reason: RefusalReason, maxBytes: number): DecodeResult {
  const mb = (maxBytes / 1024 / 1024).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 1)
  const messages: Record<RefusalReason, Message> = {
    empty: { 'zh-CN': '文件为空，没有可导入的文字。', en: 'The file is empty: there is no text to import.' },
    too_large: {
      'zh-CN': `文件过大（上限 ${mb} MB），请拆分后再导入。`,
      en: `The file is too large (limit ${mb} MB); split it and import the parts.`,
    },
    binary: {
      'zh-CN': '这不是文本文件（含有二进制数据），请导入 .txt 纯文本。',
      en: 'This is not a text file (it holds binary data); import plain .txt text.',
    },
    unknown_encoding: {
      'zh-CN': '无法识别文件编码，文件未导入（支持 UTF-8、UTF-16、GB18030/GBK 和 Big5）。请用记事本等工具另存为 UTF-8 后再试。',
      en: 'The file encoding was not recognised and nothing was imported (UTF-8, UTF-16, GB18030/GBK and Big5 are supported). Save it as UTF-8 (e.g. in Notepad) and try again.',
    },
  }
  return { ok: false, reason, message: messages[reason] }
}

function tryDecode(label: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD, so a wrong guess is detected
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function bomOf(b: Uint8Array): TextEncodingName | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8'
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le'
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be'
  return null
}

/** NUL anywhere, or more than a trace of other control characters. */
export function looksBinary(text: string): boolean {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) return true
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++
  }
  return control > Math.max(2, text.length * MAX_CONTROL_SHARE)
}

export function decodeText(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return refuse('too_large', maxBytes)
  if (bytes.length === 0) return refuse('empty', maxBytes)
  const bom = bomOf(bytes)
  let encoding: TextEncodingName
  let text: string | null
  let replaced = 0
  if (bom) {
    encoding = bom
    // the decoder drops the BOM itself (ignoreBOM is false by default)
    text = tryDecode(bom, bytes)
    if (text === null) return refuse(bom === 'utf-8' ? 'unknown_encoding' : 'binary', maxBytes)
  } else {
    // NUL bytes never occur in UTF-8, GB18030 or Big5 text: only UTF-16 (of ASCII-heavy text) has them
    const nul = bytes.includes(0)
    text = nul ? null : tryDecode('utf-8', bytes)
    encoding = 'utf-8'
    if (text === null) {
      // Korean and EUC-JP Japanese decode into common Chinese characters under GB18030 and Big5,
      // so no score catches them
      if (!nul && looksLikeForeignEuc(bytes.subarray(0, SAMPLE_BYTES))) return refuse('unknown_encoding', maxBytes)
      const best = mostPlausible(bytes, nul)
      if (!best) return refuse(nul || looksBinaryBytes(bytes) ? 'binary' : 'unknown_encoding', maxBytes)
      encoding = best
      text = new TextDecoder(best).decode(bytes)
      replaced = countReplacements(text)
    }
  }
  if (looksBinary(text)) return refuse('binary', maxBytes)
  if (text.trim() === '') return refuse('empty', maxBytes)
  return { ok: true, text, encoding, bom: bom !== null, replaced, detected: detectedMessage(encoding, bom !== null, replaced) }
}

/**
 * The encoding whose decoding of the first bytes reads most like text, or null when none is
 * plausible. Ties go to the earlier candidate: UTF-8 with a damaged byte, then GB18030 (the
 * mainland's), Big5, UTF-16 little-endian (Windows), big-endian.
 */
function mostPlausible(bytes: Uint8Array, nul: boolean): TextEncodingName | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const candidates: TextEncodingName[] = nul ? [] : ['utf-8', 'gb18030', 'big5']
  // UTF-16 has an even number of bytes
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be')
  let best: TextEncodingName | null = null
  let bestScore = MIN_PLAUSIBILITY
  for (const c of candidates) {
    const score = plausibility(new TextDecoder(c).decode(sample))
    if (score > bestScore || (best === null && score === bestScore)) {
      best = c
      bestScore = score
    }
  }
  return best
}

/** Double-byte characters needed before the byte layout is taken as evidence. */
const EUC_MIN_PAIRS = 40

/**
 * Korean (EUC-KR) or Japanese (EUC-JP) bytes, which decode as plausible Chinese under GB18030 and
 * Big5, told apart by where their characters sit:
 * - EUC-KR: nine in ten pairs are Hangul (lead B0–C8, trail A1–FE), which are GB2312 level-1
 *   characters. Real GB text spreads level 1 over rows B0–D7 (sorted by pinyin: 是, 在, 中, 这…
 *   sit past C8; about a third of the fixtures' characters do).
 * - EUC-JP: a sixth or more of the pairs are kana (rows A4 and A5), and every trail byte is A1–FE.
 *   GB text has next to no kana; Big5 puts common characters in rows A4–A5 but uses trail bytes
 *   40–7E for a good share of its characters.
 */
export function looksLikeForeignEuc(b: Uint8Array): 'ko' | 'ja' | null {
  let pairs = 0
  let hangul = 0
  let kana = 0
  let lowTrail = 0
  for (let i = 0; i < b.length; i++) {
    const lead = b[i]
    if (lead < 0x81) continue
    if (i + 1 >= b.length) break
    const trail = b[++i]
    pairs++
    if (trail < 0xa1) lowTrail++
    else if (lead >= 0xb0 && lead <= 0xc8) hangul++
    else if (lead === 0xa4 || lead === 0xa5) kana++
  }
  if (pairs < EUC_MIN_PAIRS) return null
  if (hangul >= pairs * 0.9) return 'ko'
  if (lowTrail <= pairs * 0.02 && kana >= pairs / 6) return 'ja'
  return null
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++
  return n
}

/** Bytes that no text encoding here would produce in bulk: C0 controls other than whitespace. */
function looksBinaryBytes(b: Uint8Array): boolean {
  let control = 0
  for (let i = 0; i < b.length; i++) {
    const c = b[i]
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++
  }
  return control > Math.max(2, b.length * MAX_CONTROL_SHARE)
}
