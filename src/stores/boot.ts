// App start: open the local database, and only when needed load the seed pack or bring statuses up
// to today. Both of those run in a worker (src/db/seed.worker.ts): an ordinary start reads two meta
// rows and shows the app, so the first screen carries neither zod, the pack nor the status engine.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import seedFileHash from 'virtual:seed-pack-hash'
import { type DbProblem, getDb, openDatabase } from '../db/db'
import { dashboardColumns } from '../db/dashboardQueries'
import { bootState } from '../db/seed'
import { localToday } from '../db/status'
import { runSeedWorker } from '../db/seedInWorker'

/** 'problem': the database cannot be used as it is (failed upgrade, newer than the app), see DatabaseProblem.vue */
export type BootPhase = 'idle' | 'loading' | 'ready' | 'error' | 'problem'

/** performance mark set once the database connection is open (the bench measures from it) */
export const MARK_DB_OPEN = 'pl:db-open'

/** Runs `work` once the browser is idle after the first paint (or within 2 s at the latest). */
function afterFirstPaint(work: () => void): void {
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 })
    else setTimeout(work, 0)
  })
}

export const useBootStore = defineStore('boot', () => {
  const phase = ref<BootPhase>('idle')
  const error = ref<string | null>(null)
  const problem = ref<DbProblem | null>(null)
  /** another tab upgraded the database: this tab's connection is closed, the page must be reloaded */
  const reloadNeeded = ref(false)
  /**
   * The shell's secondary parts (nav badge, backup reminder, service worker and its prompt) may
   * mount: once the page shown at 'ready' has painted and the browser is idle, or at once when the
   * start failed (an update may be the fix). On a first visit they would otherwise share the
   * main-thread task that mounts the dashboard and the network with its chunks.
   */
  const extras = ref(false)
  let watchingUpgrades = false

  async function start() {
    if (phase.value === 'loading' || phase.value === 'ready') return
    phase.value = 'loading'
    error.value = null
    problem.value = null
    try {
      const db = getDb()
      if (!watchingUpgrades) {
        watchingUpgrades = true
        db.onUpgradeElsewhere(() => (reloadNeeded.value = true))
      }
      // nothing is written (not even the seed) to a database that failed to upgrade or is newer
      const found = await openDatabase(db)
      if (found) {
        problem.value = found
        phase.value = 'problem'
        extras.value = true
        return
      }
      performance.mark(MARK_DB_OPEN)
      // The dashboard (the usual first screen) starts from the maintained counts: their read starts
      // now, in parallel with the meta rows below, the view's first render and the chart chunks,
      // instead of after them. The view's live query takes this read (see dashboardColumns); a
      // write meanwhile (the seed, a status refresh) drops it and the view reads again.
      if (window.location.pathname === import.meta.env.BASE_URL) void dashboardColumns(db).catch(() => undefined)
      const today = localToday()
      const state = await bootState(db, seedFileHash, today)
      if (!state.seedCurrent) {
        // first start or a newer seed: the app must not show an empty database, so this one waits
        const seeded = await runSeedWorker({ task: 'seed', fileHash: seedFileHash, today })
        if (!seeded.ok) throw new Error(`${seeded.error.path}: ${seeded.error.message}`)
      }
      phase.value = 'ready'
      afterFirstPaint(() => (extras.value = true))
      // a later day: statuses move with the calendar (only rows whose deadline passed since the last
      // refresh change, found by index). The page shows yesterday's for a moment; live queries follow.
      if (state.seedCurrent && !state.statusesCurrent && !db.newerThanApp) {
        afterFirstPaint(() => {
          void runSeedWorker({ task: 'refresh', today }).then((r) => {
            if (!r.ok) console.warn('[boot] status refresh failed', r.error)
          })
        })
      }
    } catch (e) {
      console.warn('[boot] database start failed', e)
      error.value = e instanceof Error ? e.message : String(e)
      phase.value = 'error'
      extras.value = true
    }
  }

  return { phase, error, problem, reloadNeeded, extras, start }
})
