// Turn the bytes of a dropped .txt file into text. Chinese files are often GB18030/GBK rather than
// UTF-8, so: a BOM decides; otherwise strict UTF-8, then strict GB18030 (a superset of GBK and
// GB2312). Binary, empty and oversized files are refused with a message in both languages.

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type RefusalReason = 'empty' | 'too_large' | 'binary' | 'unknown_encoding'

export interface Message {
  'zh-CN': string
  en: string
}

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; reason: RefusalReason; message: Message }

/** Share of control characters (other than tab, line breaks, form feed) that marks a file as binary. */
const MAX_CONTROL_SHARE = 0.01

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
      'zh-CN': '无法识别文件编码（支持 UTF-8、UTF-16 和 GB18030/GBK）。',
      en: 'The file encoding was not recognised (UTF-8, UTF-16 and GB18030/GBK are supported).',
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
  if (bom) {
    encoding = bom
    // the decoder drops the BOM itself (ignoreBOM is false by default)
    text = tryDecode(bom, bytes)
    if (text === null) return refuse(bom === 'utf-8' ? 'unknown_encoding' : 'binary', maxBytes)
  } else {
    // NUL bytes never occur in UTF-8 or GB18030 text; without a BOM they mean binary data
    if (bytes.includes(0)) return refuse('binary', maxBytes)
    encoding = 'utf-8'
    text = tryDecode('utf-8', bytes)
    if (text === null) {
      encoding = 'gb18030'
      text = tryDecode('gb18030', bytes)
    }
    if (text === null) return refuse(looksBinaryBytes(bytes) ? 'binary' : 'unknown_encoding', maxBytes)
  }
  if (looksBinary(text)) return refuse('binary', maxBytes)
  if (text.trim() === '') return refuse('empty', maxBytes)
  return { ok: true, text, encoding, bom: bom !== null }
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
