// A pledge's lineage over the years: the chain of linked commitments, and whether the owner's later
// reports quietly stopped mentioning it.
import { fnv1a64 } from '../ids'
import type { Commitment, Link, LinkState } from '../model/types'
import type { Suggestion } from './suggest'

/** The stored link for a suggestion; the id depends only on the pair, so re-suggesting is idempotent. */
export function linkFromSuggestion(s: Suggestion): Link {
  return {
    id: `lnk-${fnv1a64(`${s.fromId}|${s.toId}`)}`,
    fromId: s.fromId,
    toId: s.toId,
    relation: s.relation,
    state: 'suggested',
    score: s.score,
    decidedBy: null,
    decidedAt: null,
  }
}

export interface ChainEntry {
  commitment: Commitment
  publishedOn: string | null
  /** the link to the previous entry; null for the first */
  link: Link | null
}

/**
 * Every commitment connected to `id` through links in the given states (confirmed by default),
 * oldest first. Branches (one pledge restated twice in a year) are kept, ordered by date.
 */
export function chainOf(
  id: string,
  links: readonly Link[],
  commitments: ReadonlyMap<string, Commitment>,
  sourceDate: (sourceId: string) => string | null,
  states: readonly LinkState[] = ['confirmed'],
): ChainEntry[] {
  const usable = links.filter((l) => states.includes(l.state))
  const seen = new Set<string>([id])
  const incoming = new Map<string, Link>()
  const queue = [id]
  while (queue.length > 0) {
    const cur = queue.shift()!
    for (const l of usable) {
      const other = l.fromId === cur ? l.toId : l.toId === cur ? l.fromId : null
      if (other === null || seen.has(other) || !commitments.has(other)) continue
      seen.add(other)
      queue.push(other)
    }
  }
  for (const l of usable) if (seen.has(l.fromId) && seen.has(l.toId) && !incoming.has(l.toId)) incoming.set(l.toId, l)
  return [...seen]
    .filter((x) => commitments.has(x))
    .map((x) => {
      const c = commitments.get(x)!
      return { commitment: c, publishedOn: sourceDate(c.sourceId), link: incoming.get(x) ?? null }
    })
    .sort((a, b) => (a.publishedOn ?? '').localeCompare(b.publishedOn ?? '') || a.commitment.start - b.commitment.start)
}

export interface LaterSource {
  id: string
  publishedOn: string | null
  /** the commitments extracted from it */
  commitments: readonly Commitment[]
}

export interface Dropped {
  /** the first later report of the same owner that does not restate the pledge */
  sourceId: string
  publishedOn: string | null
}

/**
 * "Quietly dropped": after the chain's last entry, the same owner (department when the pledge has
 * one, else district) published a report with pledges of its own, and none of them is in the chain.
 */
export function dropped(chain: readonly ChainEntry[], laterSources: readonly LaterSource[]): Dropped | null {
  if (chain.length === 0) return null
  const last = chain[chain.length - 1]
  const lastDate = last.publishedOn
  if (!lastDate) return null
  const inChain = new Set(chain.map((e) => e.commitment.id))
  const chainSources = new Set(chain.map((e) => e.commitment.sourceId))
  const owner = last.commitment
  const sameOwner = (c: Commitment) =>
    owner.department ? c.department === owner.department : owner.district !== null && c.district === owner.district
  const candidates = laterSources
    .filter((s) => s.publishedOn !== null && s.publishedOn > lastDate && !chainSources.has(s.id))
    .sort((a, b) => a.publishedOn!.localeCompare(b.publishedOn!))
  for (const s of candidates) {
    const own = s.commitments.filter((c) => c.kind !== 'fact' && sameOwner(c))
    if (own.length > 0 && !own.some((c) => inChain.has(c.id))) return { sourceId: s.id, publishedOn: s.publishedOn }
  }
  return null
}
