// Luoyang's boundaries for the dashboard map, simplified and projected ahead of time: the app ships
// the resulting SVG path strings (src/charts/generated/luoyangPaths.ts, ≈50 KB, written by
// scripts/build-map-paths.ts), not the GeoJSON (295 KB) and the code to simplify and project it.
// At 100,000 commitments the dashboard's open spent ≈50 ms of main thread on that parse, simplify
// and projection, in the middle of the charts' first draws.
import { projectMap, type ProjectedMap } from './mapGeometry'
import { simplifyGeo, type FeatureCollection } from './simplifyGeo'

/** Dropped boundary detail, in degrees: ≈0.25 px at dashboard size (17,431 → 4,354 points), see simplifyGeo.ts. */
export const MAP_TOLERANCE = 0.001

/** What the generated module holds, from data/geo/luoyang.json. */
export function projectLuoyang(geo: FeatureCollection): ProjectedMap {
  return projectMap(simplifyGeo(geo, MAP_TOLERANCE))
}
