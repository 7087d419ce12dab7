import { describe, expect, it } from 'vitest'
import { isWhiteSpace } from './chars'

describe('isWhiteSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const mismatches: number[] = []
    for (let c = 0; c < 65536; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) mismatches.push(c)
    expect(mismatches).toEqual([])
  })
})
