import { describe, expect, it } from 'vitest'
import { generatePack } from './generate'
import { restorePack } from '../pack/index'

describe('generatePack', () => {
  it('makes exactly the requested number of commitments, repeatably for a seed', () => {
    const a = generatePack({ commitments: 1234, seed: 7 })
    const b = generatePack({ commitments: 1234, seed: 7 })
    expect(a.commitments).toHaveLength(1234)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(JSON.stringify(generatePack({ commitments: 1234, seed: 8 }))).not.toBe(JSON.stringify(a))
  })

  it('passes the one restore step, so the import path accepts it', () => {
    const pack = generatePack({ commitments: 300, seed: 3 })
    const result = restorePack(pack)
    expect(result.ok ? 'ok' : result.error.path + ' ' + result.error.message).toBe('ok')
  })

  it('spreads pledges over many owners, categories, years and statuses', () => {
    const pack = generatePack({ commitments: 5000, seed: 1 })
    const districts = new Set(pack.commitments.map((c) => c.district))
    const categories = new Set(pack.commitments.map((c) => c.category))
    const years = new Set(pack.commitments.map((c) => c.deadline?.date.slice(0, 4)).filter(Boolean))
    const statuses = new Set(pack.commitments.map((c) => c.status))
    expect(districts.size).toBeGreaterThan(30)
    expect(categories.size).toBeGreaterThan(6)
    expect(years.size).toBeGreaterThan(3)
    expect(statuses.size).toBeGreaterThan(3)
    expect(pack.updates.length).toBeGreaterThan(500)
    for (const c of pack.commitments.slice(0, 200)) {
      const src = pack.sources.find((s) => s.id === c.sourceId)!
      expect(src.text.slice(c.start, c.end)).toBe(c.quote)
    }
  })
})
