// Public API of the database layer (Vue-free; the live-query composable is in ./useLiveQuery).
export { PledgeDB, getDb, setDb, openDatabase, type DbProblem } from './db'
export { storedVersion, rawBackup, type RawBackup } from './stored'
export { DB_NAME, DB_VERSION, STORES_V1, STORES_V2, STORES_V3, type CommitmentRow, type SeedMeta, type StatRow } from './schema'
export {
  getCommitment,
  getSource,
  getArticle,
  articlesOf,
  commitmentsOf,
  updatesFor,
  verdictsFor,
  listCommitments,
  listCommitmentIds,
  getCommitmentsByIds,
  dashboardStats,
  countCommitments,
  distinctOwners,
  exportPack,
  exportPackJson,
  lastExportAt,
  DEFAULT_SORT,
  type Owners,
} from './queries'
export {
  importPack,
  addUpdate,
  addVerdict,
  editCommitment,
  decideLink,
  refreshStatuses,
  refreshStatusesIfStale,
  markExported,
  type CommitmentEdit,
  type ImportCounts,
  type ImportOptions,
  type WriteError,
  type WriteOptions,
  type WriteResult,
} from './writes'
export { linksOf, allLinks } from './reporter'
export { ensureSeeded, loadedSeed, type SeedResult } from './seed'
export { localToday } from './status'
export { importPackInWorker, type WorkerImportResult } from './importInWorker'
