// Writes. Every write is all-or-nothing in one transaction, validates first, and reports
// failure as a value (validation or storage: QuotaExceededError, AbortError, …) so the UI can
// say what happened. Rows a person created or edited are never overwritten by an import.
import type { Commitment, ExtractedCommitment, Link, Status, Update, Verdict } from '../core/model/types'
import type { z } from 'zod'
import type { PackError } from '../core/pack/errors'
import { formatPath } from '../core/pack/errors'
import { restorePackPartial } from '../core/pack/partial'
import { restorePack } from '../core/pack/restore'
import { scanUntrusted } from '../core/pack/scan'
import { commitmentSchema, linkSchema, updateSchema, verdictSchema } from '../core/pack/schema'
import { getDb, type PledgeDB, toRow } from './db'
import { META_LAST_EXPORT, META_STATUSES_ON } from './schema'
import { recomputeStatuses } from './recompute'
import { applyStats } from './stats'
import { localToday } from './status'
import { mergePack, type ImportCounts } from './merge'

/** A failed write: the bad field, or `(database)` with the storage error's name. */
export interface WriteError extends PackError {
  /** DOMException/Dexie error name for storage failures, e.g. 'QuotaExceededError' */
  name?: string
}

export type WriteResult<T = object> = ({ ok: true } & T) | { ok: false; error: WriteError }

export interface WriteOptions {
  /** YYYY-MM-DD used for status; defaults to the local date */
  today?: string
}

export interface ImportOptions extends WriteOptions {
  /**
   * Also remove unreviewed extractor rows of the pack's sources that the pack no longer has
   * (a newer seed dropping a false positive). Rows with updates, verdicts or links are kept.
   */
  prune?: boolean
  /**
   * The user's choice for a pack with bad records: false (default) refuses the whole pack;
   * true imports the valid records and lists the rejected ones (and those depending on them).
   */
  keepValid?: boolean
}

export type { ImportCounts }

/** Thrown inside a transaction to abort it with a user-facing error. */
class Refused extends Error {
  constructor(readonly error: PackError) {
    super(`${error.path}: ${error.message}`)
  }
}

async function run<T extends object>(db: PledgeDB, work: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    if (!db.isOpen()) await db.open()
    if (db.newerThanApp) {
      const message = 'the database was upgraded by a newer version of the app: reload the page before making changes'
      return { ok: false, error: { path: '(database)', message, name: 'VersionError' } }
    }
    return { ok: true, ...(await work()) }
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error }
    const err = e as { name?: string; message?: string; inner?: { name?: string } }
    const name = err.inner?.name ?? err.name ?? 'Error'
    return { ok: false, error: { path: '(database)', message: err.message ?? String(e), name } }
  }
}

/** Parses one record a person entered; throws Refused naming the first bad field. */
function validate<T>(schema: z.ZodType, input: unknown): T {
  const hostile = scanUntrusted(input)
  if (hostile) throw new Refused(hostile)
  const r = schema.safeParse(input)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new Refused({ path: formatPath(issue.path), message: issue.message })
  }
  return r.data as T
}

/**
 * Imports a pack after restorePack. Existing rows with the same id are replaced unless a person
 * made or edited them (origin 'person', reviewedAt set, or any verdict): those are kept.
 */
export async function importPack(
  input: unknown,
  options: ImportOptions = {},
  db: PledgeDB = getDb(),
): Promise<WriteResult<{ counts: ImportCounts; rejected: PackError[] }>> {
  const restored = options.keepValid ? restorePackPartial(input) : { ...restorePack(input), rejected: [] }
  if (!restored.ok) return { ok: false, error: restored.error }
  const { pack, rejected } = restored
  const today = options.today ?? localToday()
  return run(db, () =>
    db.transaction('rw', [db.sources, db.articles, db.commitments, db.updates, db.verdicts, db.links, db.stats], async () => {
      // statuses are computed in the same pass, before the rows are written
      const { counts } = await mergePack(db, pack, options.prune ?? false, today)
      return { counts, rejected }
    }),
  )
}

/** Appends an update (never replaces one: a correction is a new update that supersedes). */
export async function addUpdate(
  update: Update,
  options: WriteOptions = {},
  db: PledgeDB = getDb(),
): Promise<WriteResult<{ status: Status }>> {
  return run(db, async () => {
    const u = validate<Update>(updateSchema, update)
    return db.transaction('rw', [db.sources, db.commitments, db.updates, db.verdicts, db.stats], async () => {
      if (!(await db.commitments.get(u.commitmentId))) {
        throw new Refused({ path: 'commitmentId', message: `no commitment with id "${u.commitmentId}"` })
      }
      if (await db.updates.get(u.id)) throw new Refused({ path: 'id', message: `an update with id "${u.id}" exists` })
      if (u.supersedes !== null) {
        const earlier = await db.updates.get(u.supersedes)
        if (!earlier || earlier.commitmentId !== u.commitmentId) {
          throw new Refused({ path: 'supersedes', message: `no earlier update "${u.supersedes}" of this commitment` })
        }
      }
      await db.updates.add(u)
      return { status: await statusAfter(db, u.commitmentId, options) }
    })
  })
}

/** Records a person's verdict (with its written reason) and recomputes the commitment's status. */
export async function addVerdict(
  verdict: Verdict,
  options: WriteOptions = {},
  db: PledgeDB = getDb(),
): Promise<WriteResult<{ status: Status }>> {
  return run(db, async () => {
    const v = validate<Verdict>(verdictSchema, verdict)
    if (v.reason.trim() === '') throw new Refused({ path: 'reason', message: 'expected a written reason' })
    return db.transaction('rw', [db.sources, db.commitments, db.updates, db.verdicts, db.stats], async () => {
      if (!(await db.commitments.get(v.commitmentId))) {
        throw new Refused({ path: 'commitmentId', message: `no commitment with id "${v.commitmentId}"` })
      }
      if (await db.verdicts.get(v.id)) throw new Refused({ path: 'id', message: `a verdict with id "${v.id}" exists` })
      await db.verdicts.add(v)
      return { status: await statusAfter(db, v.commitmentId, options) }
    })
  })
}

/**
 * A person confirms or rejects a lineage link (a suggestion, or an earlier decision they change).
 * Both ends must exist. The link is stored with the decision, who made it and when.
 */
export async function decideLink(
  link: Link,
  state: 'confirmed' | 'rejected',
  by: string,
  at: string,
  db: PledgeDB = getDb(),
): Promise<WriteResult<{ link: Link }>> {
  return run(db, async () => {
    const decided = validate<Link>(linkSchema, { ...link, state, decidedBy: by.trim(), decidedAt: at })
    return db.transaction('rw', [db.commitments, db.links], async () => {
      for (const key of ['fromId', 'toId'] as const) {
        if (!(await db.commitments.get(decided[key]))) {
          throw new Refused({ path: key, message: `no commitment with id "${decided[key]}"` })
        }
      }
      await db.links.put(decided)
      return { link: decided }
    })
  })
}

/** Fields a person may correct in the extractor's reading. */
export type CommitmentEdit = Partial<
  Pick<Commitment, 'kind' | 'metric' | 'value' | 'unit' | 'comparator' | 'growth' | 'deadline' | 'district' | 'department' | 'person' | 'category'>
>

/**
 * A person confirms (empty `changes`) or corrects a commitment: sets reviewedAt, keeps the
 * extractor's earlier reading in `original` (once), and protects the row from later imports.
 */
export async function editCommitment(
  id: string,
  changes: CommitmentEdit,
  reviewedAt: string,
  options: WriteOptions = {},
  db: PledgeDB = getDb(),
): Promise<WriteResult<{ commitment: Commitment }>> {
  return run(db, () =>
    db.transaction('rw', [db.sources, db.commitments, db.updates, db.verdicts, db.stats], async () => {
      const row = await db.commitments.get(id)
      if (!row) throw new Refused({ path: 'id', message: `no commitment with id "${id}"` })
      const original = row.original ?? (row.origin === 'extractor' ? pickEdited(row, changes) : null)
      const next = validate<Commitment>(commitmentSchema, { ...row, year: undefined, ...changes, reviewedAt, original })
      const written = toRow(next)
      await db.commitments.put(written)
      await applyStats(db, [row], [written])
      await statusAfter(db, id, options)
      return { commitment: next }
    }),
  )
}

/**
 * Brings every stored status to `today` (e.g. on start: statuses move with the calendar).
 * A status depends on the date only through "is today past the deadline", so when the statuses
 * were last computed for day L, only rows with a deadline between L and today can change: those
 * are read through the deadline index. Without a recorded day (or with `full`), every row is recomputed.
 */
export async function refreshStatuses(
  today: string = localToday(),
  db: PledgeDB = getDb(),
  options: { full?: boolean } = {},
): Promise<WriteResult<{ changed: number }>> {
  return run(db, () =>
    db.transaction('rw', [db.sources, db.commitments, db.updates, db.verdicts, db.meta, db.stats], async () => {
      const last = options.full ? undefined : (await db.meta.get(META_STATUSES_ON))?.value
      const changed = await recomputeStatuses(db, typeof last === 'string' ? await dueBetween(db, last, today) : 'all', today)
      await db.meta.put({ key: META_STATUSES_ON, value: today })
      return { changed }
    }),
  )
}

/** Records that the user saved an export (a backup) at `at` (ISO date-time). */
export async function markExported(at: string, db: PledgeDB = getDb()): Promise<WriteResult> {
  return run(db, async () => {
    await db.meta.put({ key: META_LAST_EXPORT, value: at })
    return {}
  })
}

/** refreshStatuses, but only when the stored statuses were computed for another day. */
export async function refreshStatusesIfStale(
  today: string = localToday(),
  db: PledgeDB = getDb(),
): Promise<WriteResult<{ changed: number }>> {
  if (!db.newerThanApp && (await db.meta.get(META_STATUSES_ON))?.value === today) return { ok: true, changed: 0 }
  return refreshStatuses(today, db)
}

/** Ids of rows whose deadline lies in [min(a, b), max(a, b)): their "past the deadline" differs between the days. */
async function dueBetween(db: PledgeDB, a: string, b: string): Promise<string[]> {
  if (a === b) return []
  const [lo, hi] = a < b ? [a, b] : [b, a]
  return (await db.commitments.where('deadline.date').between(lo, hi, true, false).primaryKeys()) as string[]
}

async function statusAfter(db: PledgeDB, commitmentId: string, options: WriteOptions): Promise<Status> {
  await recomputeStatuses(db, [commitmentId], options.today ?? localToday())
  return (await db.commitments.get(commitmentId))!.status
}

function pickEdited(row: Commitment, changes: CommitmentEdit): Partial<ExtractedCommitment> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(changes)) out[key] = row[key as keyof Commitment]
  return out as Partial<ExtractedCommitment>
}
