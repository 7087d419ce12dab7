import { describe, expect, it } from 'vitest'
import { isChunkLoadError } from './chunkLoad'

describe('isChunkLoadError', () => {
  it.each([
    [new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/backup-Ab12.js'), true], // Chromium
    [new TypeError('error loading dynamically imported module: http://x/assets/a.js'), true], // Firefox
    [new TypeError('Importing a module script failed.'), true], // Safari
    [new Error('QuotaExceededError: the disk is full'), false],
    [new Error('导出失败'), false],
    [undefined, false],
  ])('%s → %s', (e, expected) => {
    expect(isChunkLoadError(e)).toBe(expected)
  })
})
