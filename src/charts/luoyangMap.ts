// Luoyang's boundaries for the dashboard map, loaded (the GeoJSON is its own lazy chunk, ≈50 KB
// gzip), simplified and projected once per page; every map instance after that shares the paths.
import { projectMap, type ProjectedMap } from './mapGeometry'
import { simplifyGeo, type FeatureCollection } from './simplifyGeo'

/** Dropped boundary detail, in degrees: ≈0.25 px at dashboard size (17,431 → 4,354 points), see simplifyGeo.ts. */
export const MAP_TOLERANCE = 0.001

let loading: Promise<ProjectedMap> | null = null

export function loadLuoyangMap(): Promise<ProjectedMap> {
  loading ??= import('../../data/geo/luoyang.json').then((m) => {
    const geo = ((m as { default?: unknown }).default ?? m) as FeatureCollection
    return projectMap(simplifyGeo(geo, MAP_TOLERANCE))
  })
  // a failed load (offline, chunk not cached) is asked again by the next map
  loading.catch(() => (loading = null))
  return loading
}
