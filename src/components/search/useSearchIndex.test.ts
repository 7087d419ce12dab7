import { describe, expect, it } from 'vitest'
import { sliced } from './useSearchIndex'

describe('sliced', () => {
  it('runs every step once, in order, across slices', async () => {
    const seen: number[] = []
    const ok = await sliced(50_000, (i) => seen.push(i), () => true)
    expect(ok).toBe(true)
    expect(seen.length).toBe(50_000)
    expect(seen.every((v, i) => v === i)).toBe(true)
  })

  it('stops at a slice boundary when no longer wanted', async () => {
    let n = 0
    let wanted = true
    const run = sliced(
      10_000_000,
      () => {
        n++
        // busy enough that one slice cannot hold all steps
        for (let k = 0; k < 50; k++) Math.sqrt(k)
      },
      () => wanted,
    )
    wanted = false
    expect(await run).toBe(false)
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(10_000_000)
  })
})
