// App start: open the local database and load the seed pack on first start. The pack is imported lazily so
// it stays out of the main bundle and is only fetched when the database is empty.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { type DbProblem, ensureSeeded, getDb, openDatabase } from '../db'

/** 'problem': the database cannot be used as it is (failed upgrade, newer than the app), see DatabaseProblem.vue */
export type BootPhase = 'idle' | 'loading' | 'ready' | 'error' | 'problem'

// import.meta.glob instead of import(): a missing pack then gives a clear message, not a broken build.
const seedPackLoaders = import.meta.glob('../../data/seed-pack.json', { import: 'default' })

export async function loadSeedPack(): Promise<unknown> {
  const load = Object.values(seedPackLoaders)[0]
  if (!load) throw new Error('data/seed-pack.json is missing from the build (run npm run data:build)')
  return load()
}

export const useBootStore = defineStore('boot', () => {
  const phase = ref<BootPhase>('idle')
  const error = ref<string | null>(null)
  const problem = ref<DbProblem | null>(null)
  /** another tab upgraded the database: this tab's connection is closed, the page must be reloaded */
  const reloadNeeded = ref(false)
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
        return
      }
      const seeded = await ensureSeeded(db, loadSeedPack)
      if (!seeded.ok) throw new Error(`${seeded.error.path}: ${seeded.error.message}`)
      phase.value = 'ready'
    } catch (e) {
      console.warn('[boot] database start failed', e)
      error.value = e instanceof Error ? e.message : String(e)
      phase.value = 'error'
    }
  }

  return { phase, error, problem, reloadNeeded, start }
})
