// npm run --silent extract -- [--date YYYY-MM-DD] FILE...
// Prints the extraction contract's JSON (design.md §3) for each file. Bad input — a missing,
// empty or binary file, a bad date, a bad option — prints one line on stderr and exits non-zero.
import { readFileSync, statSync } from 'node:fs'
import { EXTRACTOR_VERSION, extract, inferDate, isValidIsoDate } from '../src/core/extract/index'
import type { ExtractedSource } from '../src/core/model/types'

class UsageError extends Error {}

function readSource(path: string): string {
  let st
  try {
    st = statSync(path)
  } catch {
    throw new UsageError(`${path}: no such file`)
  }
  if (st.isDirectory()) throw new UsageError(`${path}: is a directory, not a text file`)
  const buf = readFileSync(path)
  if (buf.length === 0) throw new UsageError(`${path}: the file is empty`)
  if (buf.includes(0)) throw new UsageError(`${path}: binary data (NUL bytes), not UTF-8 text`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    throw new UsageError(`${path}: not valid UTF-8 text`)
  }
  text = text.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new UsageError(`${path}: the file has no text`)
  return text
}

function parseArgs(argv: string[]): { date: string | undefined; files: string[] } {
  let date: string | undefined
  const files: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--date' || a.startsWith('--date=')) {
      const v = a === '--date' ? argv[++i] : a.slice('--date='.length)
      if (v === undefined || !isValidIsoDate(v)) throw new UsageError(`bad date ${JSON.stringify(v ?? '')}: use --date YYYY-MM-DD (a real calendar date)`)
      date = v
    } else if (a === '--') continue
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a} (usage: extract [--date YYYY-MM-DD] FILE...)`)
    else files.push(a)
  }
  if (files.length === 0) throw new UsageError('no input file (usage: extract [--date YYYY-MM-DD] FILE...)')
  return { date, files }
}

function main(): void {
  try {
    const { date, files } = parseArgs(process.argv.slice(2))
    const texts = files.map((f) => [f, readSource(f)] as const)
    const sources: ExtractedSource[] = texts.map(([file, text]) => extract(text, { file, date: date ?? inferDate(text) }))
    process.stdout.write(JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, sources }, null, 2) + '\n')
  } catch (e) {
    const msg = e instanceof UsageError ? e.message : `unexpected failure: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`
    process.stderr.write(`extract: ${msg}\n`)
    process.exitCode = e instanceof UsageError ? 2 : 1
  }
}

main()
