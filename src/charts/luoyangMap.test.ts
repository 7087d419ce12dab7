// The shipped map paths are what data/geo/luoyang.json projects to today: a boundary change that
// was not regenerated (npx tsx scripts/build-map-paths.ts) fails here.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import geo from '../../data/geo/luoyang.json'
import { moduleText } from '../../scripts/build-map-paths'
import { LUOYANG_MAP } from './generated/luoyangPaths'
import { projectLuoyang } from './luoyangMap'
import type { FeatureCollection } from './simplifyGeo'

describe('generated Luoyang map paths', () => {
  it('equal the projection of the committed GeoJSON, and the committed module is current', () => {
    const projected = projectLuoyang(geo as FeatureCollection)
    expect(LUOYANG_MAP).toEqual(projected)
    expect(readFileSync('src/charts/generated/luoyangPaths.ts', 'utf8')).toBe(moduleText(projected))
  })
})
