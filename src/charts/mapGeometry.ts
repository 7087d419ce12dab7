// Luoyang's boundaries as SVG path strings, projected once. The dashboard's map is drawn as plain SVG
// (DistrictMapChart.vue): the paths never change, a filter change only recolours 14 regions. ECharts'
// map series rebuilt and re-stroked the whole geometry on every update (MapDraw._buildGeoJSON), the
// slowest part of every dashboard redraw.
//
// Projection: equirectangular with the x axis shortened by cos(mid-latitude). Over one city (about
// 2° of latitude) the shapes are as true as any conic projection would draw them at 350 px.
import type { FeatureCollection } from './simplifyGeo'

type Position = number[]

export interface ProjectedRegion {
  name: string
  /** SVG path in map units (y down), rings closed with Z; draw with fill-rule evenodd (holes) */
  d: string
  /** where the region's name goes: the GeoJSON's own centre point (properties.cp), else its box centre */
  label: [number, number]
}

export interface ProjectedMap {
  /** the map's extent in map units: the longer side is `size` */
  width: number
  height: number
  regions: ProjectedRegion[]
}

interface Props {
  name?: unknown
  cp?: unknown
}

const RING_DEPTH: Record<string, number> = { Polygon: 1, MultiPolygon: 2 }

function rings(coordinates: unknown, depth: number, out: Position[][]): void {
  if (!Array.isArray(coordinates)) return
  if (depth === 0) out.push(coordinates as Position[])
  else for (const c of coordinates) rings(c, depth - 1, out)
}

/** One decimal of a map unit (a tenth of a pixel at size ≈ a pixel per unit) is all the paths keep. */
const round = (v: number) => Math.round(v * 10) / 10

export function projectMap(geo: FeatureCollection, size = 1000): ProjectedMap {
  const features = geo.features.flatMap((f) => {
    const g = f.geometry
    const name = (f.properties as Props | null)?.name
    if (!g || !(g.type in RING_DEPTH) || typeof name !== 'string') return []
    const rs: Position[][] = []
    rings(g.coordinates, RING_DEPTH[g.type], rs)
    return [{ name, rings: rs, cp: (f.properties as Props).cp }]
  })
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (const f of features)
    for (const r of f.rings)
      for (const [x, y] of r) {
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
  if (!features.length) return { width: 0, height: 0, regions: [] }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180)
  const scale = size / Math.max((maxX - minX) * k, maxY - minY)
  const px = (lng: number) => (lng - minX) * k * scale
  const py = (lat: number) => (maxY - lat) * scale
  const regions = features.map((f): ProjectedRegion => {
    const parts: string[] = []
    let box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, n: 0 }
    for (const r of f.rings) {
      // the biggest ring (by point count) decides where a label without a centre point goes
      if (r.length > box.n) {
        box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, n: r.length }
        for (const [x, y] of r) {
          box.x0 = Math.min(box.x0, px(x))
          box.x1 = Math.max(box.x1, px(x))
          box.y0 = Math.min(box.y0, py(y))
          box.y1 = Math.max(box.y1, py(y))
        }
      }
      // a GeoJSON ring repeats its first point at the end: Z closes it instead
      const last = r.length > 1 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1] ? r.length - 1 : r.length
      let s = ''
      for (let i = 0; i < last; i++) s += `${i ? 'L' : 'M'}${round(px(r[i][0]))} ${round(py(r[i][1]))}`
      if (s) parts.push(`${s}Z`)
    }
    const cp = f.cp
    const label: [number, number] =
      Array.isArray(cp) && typeof cp[0] === 'number' && typeof cp[1] === 'number'
        ? [round(px(cp[0])), round(py(cp[1]))]
        : [round((box.x0 + box.x1) / 2), round((box.y0 + box.y1) / 2)]
    return { name: f.name, d: parts.join(''), label }
  })
  return { width: round((maxX - minX) * k * scale), height: round((maxY - minY) * scale), regions }
}

export interface MapFit {
  /** map units → CSS pixels */
  scale: number
  /** where the map's top-left corner goes, in CSS pixels */
  x: number
  y: number
}

/**
 * Places the map in a `width` × `height` box the way the ECharts map did (layoutCenter 55% 50%,
 * layoutSize 96%): the whole map inside a square of 96% of the shorter side, centred a little right
 * of the middle so the legend at the bottom left has room.
 */
export function fitMap(map: Pick<ProjectedMap, 'width' | 'height'>, width: number, height: number): MapFit {
  const side = 0.96 * Math.min(width, height)
  const longer = Math.max(map.width, map.height)
  const scale = longer > 0 ? side / longer : 0
  return { scale, x: 0.55 * width - (map.width * scale) / 2, y: 0.5 * height - (map.height * scale) / 2 }
}
