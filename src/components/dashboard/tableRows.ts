// The rows of each chart's data table, with the list filter each row opens.
import type { StatusTable } from '@/core/aggregate'
import type { CommitmentFilter } from '@/core/model/filter'
import type { Status } from '@/core/model/types'
import { STATUS_ORDER } from '@/core/model/statusPalette'
import type { OwnerField } from '@/charts/options'

export interface DataTableRow {
  id: string
  name: string
  /** null when the row cannot be expressed as a list filter (未注明) */
  filter: CommitmentFilter | null
  cells: number[]
  total: number
}

export interface DataTable {
  statuses: Status[]
  rows: DataTableRow[]
}

export function statusTableRows(
  t: StatusTable,
  nameOf: (key: string | null) => string,
  filterOf: (key: string) => CommitmentFilter | null,
): DataTable {
  const statuses = STATUS_ORDER.filter((s) => t.present.includes(s))
  return {
    statuses,
    rows: t.rows.map((r, i) => ({
      id: r.key ?? `__none${i}`,
      name: nameOf(r.key),
      filter: r.key === null ? null : filterOf(r.key),
      cells: statuses.map((s) => r.counts[s]),
      total: r.total,
    })),
  }
}

export const ownerFilter =
  (field: OwnerField) =>
  (key: string): CommitmentFilter => ({ [field]: [key] })

export const monthFilter = (ym: string): CommitmentFilter => ({ year: [Number(ym.slice(0, 4))] })
