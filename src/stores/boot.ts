// App start: open the local database and load the seed pack on first start. The pack is imported lazily so
// it stays out of the main bundle and is only fetched when the database is empty.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { ensureSeeded, getDb } from '../db'

export type BootPhase = 'idle' | 'loading' | 'ready' | 'error'

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

  async function start() {
    if (phase.value === 'loading' || phase.value === 'ready') return
    phase.value = 'loading'
    error.value = null
    try {
      const db = getDb()
      if (!db.isOpen()) await db.open()
      const seeded = await ensureSeeded(db, loadSeedPack)
      if (!seeded.ok) throw new Error(`${seeded.error.path}: ${seeded.error.message}`)
      phase.value = 'ready'
    } catch (e) {
      console.warn('[boot] database start failed', e)
      error.value = e instanceof Error ? e.message : String(e)
      phase.value = 'error'
    }
  }

  return { phase, error, start }
})
