import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failures; Node 20 lacks it,
// and without this the failure messages are lost from the console.
const MapWithGroupBy = Map as unknown as { groupBy?: unknown }
if (typeof MapWithGroupBy.groupBy !== 'function') {
  MapWithGroupBy.groupBy = <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
    const out = new Map<K, V[]>()
    let i = 0
    for (const item of items) {
      const k = key(item, i++)
      const list = out.get(k)
      if (list) list.push(item)
      else out.set(k, [item])
    }
    return out
  }
}

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
})
