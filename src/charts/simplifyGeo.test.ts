import { describe, expect, it } from 'vitest'
import geo from '../../data/geo/luoyang.json'
import { countPositions, simplifyGeo, simplifyLine, type FeatureCollection } from './simplifyGeo'

describe('simplifyLine', () => {
  it('drops points on (or within tolerance of) a straight edge and keeps corners', () => {
    const square = [[0, 0], [0.5, 0.0001], [1, 0], [1, 0.5], [1, 1], [0, 1], [0, 0]]
    expect(simplifyLine(square, 0.001)).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])
    // a bump bigger than the tolerance stays
    const bump = [[0, 0], [0.5, 0.01], [1, 0], [1, 1], [0, 1], [0, 0]]
    expect(simplifyLine(bump, 0.001)).toContainEqual([0.5, 0.01])
  })

  it('never collapses a small ring below a closed triangle', () => {
    const tiny = [[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0.0001], [0, 0]]
    expect(simplifyLine(tiny, 1)).toEqual(tiny)
  })
})

describe("simplifyGeo on Luoyang's boundaries", () => {
  const fc = geo as FeatureCollection
  const simple = simplifyGeo(fc, 0.001)

  it('keeps every region, its name and centre, with a quarter of the points', () => {
    expect(simple.features.map((f) => f.properties)).toEqual(fc.features.map((f) => f.properties))
    expect(countPositions(simple)).toBeLessThan(countPositions(fc) / 3)
    expect(countPositions(simple)).toBeGreaterThan(1000)
  })

  it('moves no boundary: every kept point is an original point, rings stay closed', () => {
    const original = new Set<string>()
    const rings = (c: unknown, out: number[][][]): number[][][] => {
      if (Array.isArray(c) && Array.isArray(c[0]) && typeof c[0][0] === 'number') out.push(c as number[][])
      else if (Array.isArray(c)) c.forEach((x) => rings(x, out))
      return out
    }
    for (const f of fc.features) for (const r of rings(f.geometry?.coordinates, [])) for (const p of r) original.add(p.join())
    for (const f of simple.features)
      for (const r of rings(f.geometry?.coordinates, [])) {
        expect(r[0]).toEqual(r[r.length - 1])
        for (const p of r) expect(original.has(p.join())).toBe(true)
      }
  })

  it('leaves the input untouched', () => {
    const before = countPositions(fc)
    simplifyGeo(fc, 0.01)
    expect(countPositions(fc)).toBe(before)
  })
})
