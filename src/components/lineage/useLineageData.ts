// What the lineage panels read, live. Never the whole table: a detail page (`around` given) reads the
// links reachable from its commitment (links table by fromId/toId), the rows of that chain, and the
// candidates that may restate it (same district / department, src/db/listQueries lineageCandidates);
// the restated view (no `around`) reads the stored links and the rows at their two ends.
// Suggestions and chains are computed from these on the fly (core/lineage).
import type { Commitment, Link } from '../../core/model/types'
import { allLinks, commitmentsByIds, sourceDates } from '../../db/reporter'
import { lineageCandidates, linksAround } from '../../db/listQueries'
import { useLiveQuery } from '../../db/useLiveQuery'

export interface LineageData {
  /** the commitments the panels may show or compare with, by id */
  all: Map<string, Commitment>
  dates: Map<string, string | null>
  links: Link[]
}

const endsOf = (links: readonly Link[]) => [...new Set(links.flatMap((l) => [l.fromId, l.toId]))]

async function aroundOne(c: Commitment): Promise<LineageData> {
  const links = await linksAround(c.id)
  const chainIds = endsOf(links.filter((l) => l.state === 'confirmed'))
  const chain = await commitmentsByIds(chainIds)
  const [rows, dates] = await Promise.all([lineageCandidates([c, ...chain], [c.id, ...endsOf(links)]), sourceDates()])
  return { all: new Map(rows.map((x) => [x.id, x])), dates, links }
}

async function linkedOnly(): Promise<LineageData> {
  const links = await allLinks()
  const [rows, dates] = await Promise.all([commitmentsByIds(endsOf(links)), sourceDates()])
  return { all: new Map(rows.map((x) => [x.id, x])), dates, links }
}

/** @param around the detail page's commitment; without it, only linked commitments are read */
export function useLineageData(around?: () => Commitment | undefined) {
  return useLiveQuery<LineageData | undefined>(
    () => {
      const c = around?.()
      return c ? aroundOne(c) : linkedOnly()
    },
    undefined,
    around ? { deps: () => around()?.id } : {},
  )
}
