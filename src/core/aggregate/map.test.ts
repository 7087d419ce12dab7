import { describe, expect, it } from 'vitest'
import { mapSeries } from './map'
import { tableFromCounts } from './statusTable'

const regions = ['老城区', '西工区', '孟津区']

describe('mapSeries', () => {
  const t = tableFromCounts([
    ['老城区', 'no_data', 8],
    ['西工区', 'on_pace', 3],
    ['西工区', 'behind', 1],
    ['西工区', 'no_data', 5],
    ['洛阳市', 'no_data', 15],
    ['高新区', 'achieved', 2],
    [null, 'no_data', 4],
  ])
  const m = mapSeries(t, regions)

  it('gives every region a datum, zero when it has no commitments', () => {
    expect(m.regions.map((r) => [r.name, r.total])).toEqual([
      ['老城区', 8],
      ['西工区', 9],
      ['孟津区', 0],
    ])
  })

  it('computes share on pace over evaluated commitments only, null when none is evaluated', () => {
    const xigong = m.regions.find((r) => r.name === '西工区')!
    expect(xigong.evaluated).toBe(4)
    expect(xigong.share).toBeCloseTo(3 / 4)
    expect(m.regions.find((r) => r.name === '老城区')!.share).toBeNull()
  })

  it('shows city-level and zone owners beside the map, 未注明 last', () => {
    expect(m.beside.map((r) => r.key)).toEqual(['洛阳市', '高新区', null])
  })

  it('lists pinned owners (city, zones) first, even with no commitments', () => {
    const pinned = mapSeries(t, regions, ['洛阳市', '高新区', '伊滨区'])
    expect(pinned.beside.map((r) => [r.key, r.total])).toEqual([
      ['洛阳市', 15],
      ['高新区', 2],
      ['伊滨区', 0],
      [null, 4],
    ])
  })
})

describe('LUOYANG_MAP_REGIONS', () => {
  it('names exactly the regions in data/geo/luoyang.json', async () => {
    const { readFileSync } = await import('node:fs')
    const { LUOYANG_MAP_REGIONS } = await import('./luoyang')
    const geo = JSON.parse(readFileSync('data/geo/luoyang.json', 'utf8')) as { features: { properties: { name: string } }[] }
    expect(geo.features.map((f) => f.properties.name).sort()).toEqual([...LUOYANG_MAP_REGIONS].sort())
  })
})
