// The lenient form of the restore step, for imports where the user chose "keep what is valid":
// every record is checked on its own; bad records, and records that depend on them, are listed
// with reasons and left out. The pack as a whole is still refused when its frame is broken
// (not an object, a newer schema, a table that is not an array or is too long).
import { z } from 'zod'
import type { Article, Commitment, DataPack, Link, Source, Update, Verdict } from '../model/types'
import { fnv1a64 } from '../ids'
import { formatPath, ROOT_PATH, type PackError } from './errors'
import { scanUntrusted } from './scan'
import { articleSchema, commitmentSchema, LIMITS, linkSchema, sourceSchema, updateSchema, verdictSchema } from './schema'
import { upgradePack } from './upgrade'

/** A record left out, and why; `dependsOn` is set when it was valid but needs a record that was not. */
export interface Rejection extends PackError {
  /** id of the missing or rejected record this one refers to */
  dependsOn?: string
}

export type PartialRestoreResult =
  | { ok: true; pack: DataPack; rejected: Rejection[] }
  | { ok: false; error: PackError }

const TABLES = ['sources', 'articles', 'commitments', 'updates', 'verdicts', 'links'] as const
type Table = (typeof TABLES)[number]

export function restorePackPartial(input: unknown): PartialRestoreResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, error: { path: ROOT_PATH, message: 'expected a data pack object' } }
  }
  const frame = input as Record<string, unknown>
  for (const key of Object.keys(frame)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      return { ok: false, error: { path: key, message: 'forbidden key' } }
    }
  }
  const upgraded = upgradePack(frame)
  if (!upgraded.ok) return upgraded
  const raw = upgraded.pack
  for (const t of TABLES) {
    const rows = raw[t]
    if (t === 'links' && rows === undefined) continue
    if (!Array.isArray(rows)) return { ok: false, error: { path: t, message: 'expected an array' } }
    if (rows.length > LIMITS.records) return { ok: false, error: { path: t, message: `expected at most ${LIMITS.records} records` } }
  }
  const rejected: Rejection[] = []
  // returns false so a filter callback can `return reject(…)`
  const reject = (path: string, message: string, dependsOn?: string): false => {
    rejected.push(dependsOn === undefined ? { path, message } : { path, message, dependsOn })
    return false
  }

  const parse = <T>(t: Table, schema: z.ZodType): { row: T; index: number }[] => {
    const out: { row: T; index: number }[] = []
    const seen = new Set<string>()
    ;((raw[t] ?? []) as unknown[]).forEach((rec, index) => {
      const hostile = scanUntrusted(rec)
      if (hostile) {
        reject(prefix(`${t}[${index}]`, hostile.path), hostile.message)
        return
      }
      const r = schema.safeParse(rec)
      if (!r.success) {
        const issue = r.error.issues[0]
        reject(prefix(`${t}[${index}]`, formatPath(issue.path)), issue.message)
        return
      }
      const row = r.data as T & { id: string }
      if (seen.has(row.id)) {
        reject(`${t}[${index}].id`, `duplicate id "${row.id}"`)
        return
      }
      seen.add(row.id)
      out.push({ row, index })
    })
    return out
  }

  const texts = new Map<string, string>()
  const hashes = new Set<string>()
  const sources = parse<Source>('sources', sourceSchema).filter(({ row, index }) => {
    if (row.textHash !== fnv1a64(row.text)) return reject(`sources[${index}].textHash`, 'does not match the text')
    if (hashes.has(row.textHash)) return reject(`sources[${index}].text`, 'same text as an earlier source')
    hashes.add(row.textHash)
    texts.set(row.id, row.text)
    return true
  })
  const articleSource = new Map<string, string>()
  const articles = parse<Article>('articles', articleSchema).filter(({ row, index }) => {
    const text = texts.get(row.sourceId)
    if (text === undefined) return reject(`articles[${index}].sourceId`, `no valid source "${row.sourceId}"`, row.sourceId)
    if (row.start > row.end || row.end > text.length) return reject(`articles[${index}].end`, 'span outside the source text')
    articleSource.set(row.id, row.sourceId)
    return true
  })
  const commitmentIds = new Set<string>()
  const commitments = parse<Commitment>('commitments', commitmentSchema).filter(({ row, index }) => {
    const path = `commitments[${index}]`
    const text = texts.get(row.sourceId)
    if (text === undefined) return reject(`${path}.sourceId`, `no valid source "${row.sourceId}"`, row.sourceId)
    if (row.articleId !== null && articleSource.get(row.articleId) !== row.sourceId) {
      return reject(`${path}.articleId`, `no valid article "${row.articleId}" in this source`, row.articleId)
    }
    if (row.start > row.end || row.end > text.length || text.slice(row.start, row.end) !== row.quote) {
      return reject(`${path}.quote`, `expected exactly the source text at ${row.start}–${row.end}`)
    }
    commitmentIds.add(row.id)
    return true
  })
  let updates = parse<Update>('updates', updateSchema).filter(({ row, index }) =>
    commitmentIds.has(row.commitmentId) || reject(`updates[${index}].commitmentId`, `no valid commitment "${row.commitmentId}"`, row.commitmentId),
  )
  // a correction whose corrected update was rejected goes too (repeat: chains of corrections)
  for (let changed = true; changed; ) {
    const kept = new Map(updates.map(({ row }) => [row.id, row.commitmentId]))
    const next = updates.filter(({ row, index }) => {
      if (row.supersedes === null || kept.get(row.supersedes) === row.commitmentId) return true
      return reject(`updates[${index}].supersedes`, `no valid earlier update "${row.supersedes}" of this commitment`, row.supersedes)
    })
    changed = next.length !== updates.length
    updates = next
  }
  const verdicts = parse<Verdict>('verdicts', verdictSchema).filter(({ row, index }) =>
    commitmentIds.has(row.commitmentId) || reject(`verdicts[${index}].commitmentId`, `no valid commitment "${row.commitmentId}"`, row.commitmentId),
  )
  const links = parse<Link>('links', linkSchema).filter(({ row, index }) => {
    if (!commitmentIds.has(row.fromId)) return reject(`links[${index}].fromId`, `no valid commitment "${row.fromId}"`, row.fromId)
    if (!commitmentIds.has(row.toId)) return reject(`links[${index}].toId`, `no valid commitment "${row.toId}"`, row.toId)
    return true
  })
  const rows = <T>(xs: { row: T }[]) => xs.map((x) => x.row)
  const generatedBy = typeof raw.generatedBy === 'string' ? raw.generatedBy.slice(0, LIMITS.shortText) : undefined
  return {
    ok: true,
    pack: {
      schemaVersion: raw.schemaVersion as number,
      ...(generatedBy !== undefined ? { generatedBy } : {}),
      sources: rows(sources),
      articles: rows(articles),
      commitments: rows(commitments),
      updates: rows(updates),
      verdicts: rows(verdicts),
      ...(raw.links !== undefined ? { links: rows(links) } : {}),
    },
    rejected: rejected.sort((a, b) => order(a.path) - order(b.path)),
  }
}

function prefix(record: string, path: string): string {
  if (path === ROOT_PATH) return record
  return path.startsWith('[') ? record + path : `${record}.${path}`
}

/** Rejections listed table by table, record by record, as they appear in the file. */
function order(path: string): number {
  const m = /^(\w+)\[(\d+)\]/.exec(path)
  if (!m) return -1
  return TABLES.indexOf(m[1] as Table) * 1e7 + Number(m[2])
}
