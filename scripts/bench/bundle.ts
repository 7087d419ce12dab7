// Bundle sizes from Vite's manifest: the JavaScript the first screen (the dashboard at /) needs —
// the entry's static imports plus the dashboard view's — and everything the app can load.
// Chunks reached only through dynamic import() (the charts, other views) are not first-screen;
// the dashboard's own dynamic imports (chart components, ECharts, the map) are reported as "after":
// what the dashboard loads once its figures are on screen.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface Chunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

export interface BundleSizes {
  firstScreenGzip: number
  firstScreenRaw: number
  totalGzip: number
  totalRaw: number
  firstScreenFiles: number
  totalFiles: number
  /** the largest first-screen chunks, "file: KB gzip" */
  largestFirst: string[]
  /** loaded by the dashboard after its first render (charts, ECharts, map geometry) */
  afterGzip: number
  afterFiles: number
  largestAfter: string[]
}

export function bundleSizes(outDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>
  const closure = (roots: string[], dynamic: boolean): Set<string> => {
    const seen = new Set<string>()
    const stack = [...roots]
    while (stack.length) {
      const key = stack.pop()!
      if (seen.has(key) || !manifest[key]) continue
      seen.add(key)
      stack.push(...(manifest[key].imports ?? []))
      if (dynamic) stack.push(...(manifest[key].dynamicImports ?? []))
    }
    return seen
  }
  const dashboard = Object.keys(manifest).find((k) => k.endsWith('views/DashboardView.vue'))
  const first = closure(['index.html', ...(dashboard ? [dashboard] : [])], false)
  const all = closure(['index.html'], true)
  const afterRoots = dashboard ? (manifest[dashboard].dynamicImports ?? []) : []
  const after = new Set([...closure(afterRoots, false)].filter((k) => !first.has(k)))
  const size = (keys: Set<string>) => {
    let raw = 0
    let gz = 0
    let files = 0
    const each: [string, number][] = []
    for (const k of keys) {
      const file = manifest[k].file
      if (!file.endsWith('.js')) continue
      const bytes = readFileSync(join(outDir, file))
      raw += bytes.length
      const g = gzipSync(bytes, { level: 9 }).length
      gz += g
      each.push([k, g])
      files++
    }
    each.sort((a, b) => b[1] - a[1])
    return { raw, gz, files, largest: each.slice(0, 4).map(([k, g]) => `${k.replace(/^.*node_modules\//, '')}: ${(g / 1024).toFixed(0)} KB`) }
  }
  const f = size(first)
  const t = size(all)
  const a = size(after)
  return { afterGzip: a.gz, afterFiles: a.files, largestAfter: a.largest, largestFirst: f.largest, firstScreenGzip: f.gz, firstScreenRaw: f.raw, firstScreenFiles: f.files, totalGzip: t.gz, totalRaw: t.raw, totalFiles: t.files }
}
