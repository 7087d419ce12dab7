// What the lineage panels read, live: every commitment, every source date and every stored link.
// Suggestions and chains are computed from these on the fly (core/lineage).
import type { Commitment, Link } from '../../core/model/types'
import { allCommitments, allLinks, sourceDates } from '../../db/reporter'
import { useLiveQuery } from '../../db/useLiveQuery'

export interface LineageData {
  all: Map<string, Commitment>
  dates: Map<string, string | null>
  links: Link[]
}

export function useLineageData() {
  return useLiveQuery<LineageData | undefined>(async () => {
    const [all, dates, links] = await Promise.all([allCommitments(), sourceDates(), allLinks()])
    return { all: new Map(all.map((x) => [x.id, x])), dates, links }
  }, undefined)
}
