// Cross-record rules zod cannot express per record: unique ids, references between tables,
// and quotes that must be exactly the source text they point at.
import type { DataPack } from '../model/types'
import { fnv1a64 } from '../ids'
import type { PackError } from './errors'

/** The first broken cross-record rule in a structurally valid pack, or null. */
export function checkIntegrity(pack: DataPack): PackError | null {
  return (
    uniqueIds(pack) ??
    checkSources(pack) ??
    checkArticles(pack) ??
    checkCommitments(pack) ??
    checkUpdates(pack) ??
    checkVerdicts(pack) ??
    checkLinks(pack)
  )
}

type TableName = 'sources' | 'articles' | 'commitments' | 'updates' | 'verdicts' | 'links'
const TABLES: TableName[] = ['sources', 'articles', 'commitments', 'updates', 'verdicts', 'links']

function uniqueIds(pack: DataPack): PackError | null {
  for (const t of TABLES) {
    const seen = new Map<string, number>()
    const rows: { id: string }[] = pack[t] ?? []
    for (let i = 0; i < rows.length; i++) {
      const first = seen.get(rows[i].id)
      if (first !== undefined) {
        return { path: `${t}[${i}].id`, message: `duplicate id "${rows[i].id}" (also ${t}[${first}])` }
      }
      seen.set(rows[i].id, i)
    }
  }
  return null
}

function checkSources(pack: DataPack): PackError | null {
  const byHash = new Map<string, number>()
  for (let i = 0; i < pack.sources.length; i++) {
    const s = pack.sources[i]
    if (s.textHash !== fnv1a64(s.text)) {
      return { path: `sources[${i}].textHash`, message: 'does not match the text (FNV-1a 64 of its UTF-8 bytes)' }
    }
    const dup = byHash.get(s.textHash)
    if (dup !== undefined) return { path: `sources[${i}].text`, message: `same text as sources[${dup}]` }
    byHash.set(s.textHash, i)
  }
  return null
}

function sourceTexts(pack: DataPack): Map<string, string> {
  return new Map(pack.sources.map((s) => [s.id, s.text]))
}

function span(path: string, start: number, end: number, length: number): PackError | null {
  if (start > end) return { path: `${path}.end`, message: `expected end ≥ start (${start})` }
  if (end > length) return { path: `${path}.end`, message: `expected end ≤ the source text's length (${length})` }
  return null
}

function checkArticles(pack: DataPack): PackError | null {
  const texts = sourceTexts(pack)
  for (let i = 0; i < pack.articles.length; i++) {
    const a = pack.articles[i]
    const path = `articles[${i}]`
    const text = texts.get(a.sourceId)
    if (text === undefined) return { path: `${path}.sourceId`, message: `no source with id "${a.sourceId}"` }
    const bad = span(path, a.start, a.end, text.length)
    if (bad) return bad
  }
  return null
}

function checkCommitments(pack: DataPack): PackError | null {
  const texts = sourceTexts(pack)
  const articleSource = new Map(pack.articles.map((a) => [a.id, a.sourceId]))
  for (let i = 0; i < pack.commitments.length; i++) {
    const c = pack.commitments[i]
    const path = `commitments[${i}]`
    const text = texts.get(c.sourceId)
    if (text === undefined) return { path: `${path}.sourceId`, message: `no source with id "${c.sourceId}"` }
    if (c.articleId !== null) {
      const owner = articleSource.get(c.articleId)
      if (owner === undefined) return { path: `${path}.articleId`, message: `no article with id "${c.articleId}"` }
      if (owner !== c.sourceId) {
        return { path: `${path}.articleId`, message: `article "${c.articleId}" belongs to another source` }
      }
    }
    const bad = span(path, c.start, c.end, text.length)
    if (bad) return bad
    if (text.slice(c.start, c.end) !== c.quote) {
      return { path: `${path}.quote`, message: `expected exactly the source text at ${c.start}–${c.end}` }
    }
  }
  return null
}

function checkUpdates(pack: DataPack): PackError | null {
  const commitments = new Set(pack.commitments.map((c) => c.id))
  const updateOwner = new Map(pack.updates.map((u) => [u.id, u.commitmentId]))
  for (let i = 0; i < pack.updates.length; i++) {
    const u = pack.updates[i]
    const path = `updates[${i}]`
    if (!commitments.has(u.commitmentId)) {
      return { path: `${path}.commitmentId`, message: `no commitment with id "${u.commitmentId}"` }
    }
    if (u.supersedes !== null) {
      const owner = updateOwner.get(u.supersedes)
      if (owner === undefined || u.supersedes === u.id) {
        return { path: `${path}.supersedes`, message: `no earlier update with id "${u.supersedes}"` }
      }
      if (owner !== u.commitmentId) {
        return { path: `${path}.supersedes`, message: 'expected an update of the same commitment' }
      }
    }
  }
  return null
}

function checkVerdicts(pack: DataPack): PackError | null {
  const commitments = new Set(pack.commitments.map((c) => c.id))
  for (let i = 0; i < pack.verdicts.length; i++) {
    const v = pack.verdicts[i]
    if (!commitments.has(v.commitmentId)) {
      return { path: `verdicts[${i}].commitmentId`, message: `no commitment with id "${v.commitmentId}"` }
    }
  }
  return null
}

function checkLinks(pack: DataPack): PackError | null {
  const commitments = new Set(pack.commitments.map((c) => c.id))
  const links = pack.links ?? []
  for (let i = 0; i < links.length; i++) {
    const l = links[i]
    if (!commitments.has(l.fromId)) return { path: `links[${i}].fromId`, message: `no commitment with id "${l.fromId}"` }
    if (!commitments.has(l.toId)) return { path: `links[${i}].toId`, message: `no commitment with id "${l.toId}"` }
  }
  return null
}
