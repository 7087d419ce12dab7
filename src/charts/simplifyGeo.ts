// Fewer boundary points for the dashboard map. The GeoJSON keeps survey detail (17,431 points for
// 14 regions); the map's SVG paths (mapGeometry.ts) need none of it: at dashboard size (the whole
// city in ~350 px, about 0.004° per pixel) a point closer than `tolerance` degrees to the line
// through its neighbours cannot be seen, so it is dropped once, before the paths are built — shorter
// path strings for the browser to parse, fill and hit-test.
// Douglas–Peucker per ring; rings keep their first and last point, so shared borders keep meeting.

type Position = number[]
type Ring = Position[]

interface Geometry {
  type: string
  coordinates: unknown
}
interface Feature {
  type: 'Feature'
  properties: unknown
  geometry: Geometry | null
}
export interface FeatureCollection {
  type: 'FeatureCollection'
  features: Feature[]
}

function distToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len2 = dx * dx + dy * dy
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2
  t = Math.max(0, Math.min(1, t))
  const x = a[0] + t * dx - p[0]
  const y = a[1] + t * dy - p[1]
  return Math.sqrt(x * x + y * y)
}

/** Douglas–Peucker on one line (iterative: rings have thousands of points). */
export function simplifyLine(points: Ring, tolerance: number): Ring {
  if (points.length <= 4) return points
  const keep = new Uint8Array(points.length)
  keep[0] = keep[points.length - 1] = 1
  const stack: [number, number][] = [[0, points.length - 1]]
  while (stack.length) {
    const [first, last] = stack.pop()!
    let worst = -1
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const d = distToSegment(points[i], points[first], points[last])
      if (d > worst) {
        worst = d
        index = i
      }
    }
    if (index > 0 && worst > tolerance) {
      keep[index] = 1
      stack.push([first, index], [index, last])
    }
  }
  const out = points.filter((_, i) => keep[i])
  // a ring needs at least a triangle plus its closing point; a tiny island keeps its original shape
  return out.length >= 4 ? out : points
}

function simplifyCoordinates(c: unknown, depth: number, tolerance: number): unknown {
  // depth: how many array levels above a ring of positions (Polygon 1, MultiPolygon 2, LineString 0)
  if (!Array.isArray(c)) return c
  if (depth === 0) return simplifyLine(c as Ring, tolerance)
  return c.map((x) => simplifyCoordinates(x, depth - 1, tolerance))
}

const RING_DEPTH: Record<string, number> = { Polygon: 1, MultiPolygon: 2, LineString: 0, MultiLineString: 1 }

/** A copy of `geo` with fewer points per ring; other geometry types and all properties unchanged. */
export function simplifyGeo<T extends FeatureCollection>(geo: T, tolerance: number): T {
  return {
    ...geo,
    features: geo.features.map((f) => {
      const g = f.geometry
      if (!g || !(g.type in RING_DEPTH)) return f
      return { ...f, geometry: { ...g, coordinates: simplifyCoordinates(g.coordinates, RING_DEPTH[g.type], tolerance) } }
    }),
  }
}

/** Number of positions in a collection (for tests and the profile notes). */
export function countPositions(geo: FeatureCollection): number {
  let n = 0
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') n++
    else if (Array.isArray(c)) c.forEach(walk)
  }
  for (const f of geo.features) walk(f.geometry?.coordinates)
  return n
}
