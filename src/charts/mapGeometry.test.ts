import { describe, expect, it } from 'vitest'
import geo from '../../data/geo/luoyang.json'
import { LUOYANG_MAP_REGIONS } from '@/core/aggregate'
import { fitMap, projectMap } from './mapGeometry'
import type { FeatureCollection } from './simplifyGeo'

const square = (name: string, x: number, y: number, cp?: number[]) => ({
  type: 'Feature' as const,
  properties: { name, ...(cp ? { cp } : {}) },
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
})

describe('projectMap', () => {
  it('draws north up, shortens longitude by cos(latitude), and closes each ring once', () => {
    // two 1°×1° squares side by side around 60°N: x is halved, so the map is as wide as it is tall
    const m = projectMap({ type: 'FeatureCollection', features: [square('west', 10, 59.5), square('east', 11, 59.5)] }, 100)
    expect(m.width).toBeCloseTo(100, 0)
    expect(m.height).toBeCloseTo(100, 0)
    expect(m.regions[0].d).toBe('M0 100L50 100L50 0L0 0Z')
    expect(m.regions[1].label).toEqual([75, 50])
  })

  it("puts a region's name at its own centre point when the GeoJSON has one", () => {
    const m = projectMap({ type: 'FeatureCollection', features: [square('a', 0, 0, [0.25, 0.75])] }, 100)
    expect(m.regions[0].label).toEqual([25, 25])
  })

  it("draws every Luoyang region the dashboard counts, inside the map's extent", () => {
    const m = projectMap(geo as FeatureCollection)
    expect(m.regions.map((r) => r.name).sort()).toEqual([...LUOYANG_MAP_REGIONS].sort())
    for (const r of m.regions) {
      expect(r.d).toMatch(/^M[\d.]+ [\d.]+L/)
      const nums = r.d.match(/[\d.]+/g)!.map(Number)
      expect(Math.max(...nums)).toBeLessThanOrEqual(Math.max(m.width, m.height) + 0.1)
      expect(r.label[0]).toBeGreaterThan(0)
      expect(r.label[0]).toBeLessThan(m.width)
      expect(r.label[1]).toBeGreaterThan(0)
      expect(r.label[1]).toBeLessThan(m.height)
    }
  })
})

describe('fitMap', () => {
  it('fits the longer side into 96% of the shorter box side, centred at 55% across', () => {
    const f = fitMap({ width: 1000, height: 500 }, 600, 360)
    expect(f.scale).toBeCloseTo((0.96 * 360) / 1000)
    expect(f.x + (1000 * f.scale) / 2).toBeCloseTo(330)
    expect(f.y + (500 * f.scale) / 2).toBeCloseTo(180)
  })
})
