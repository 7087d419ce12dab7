import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { useChartTooltip } from './useChartTooltip'

// a card at (100, 50) on the page, 400 × 300
const box = ref({ getBoundingClientRect: () => ({ left: 100, top: 50 }) } as unknown as HTMLElement)
const pointer = (x: number, y: number) => ({ clientX: x, clientY: y }) as PointerEvent

function tooltip() {
  return useChartTooltip(box, { width: 220, height: 120 }, () => ({ width: 400, height: 300 }), (key) => (key === 'a' ? { x: 20, y: 30 } : null))
}

describe('useChartTooltip', () => {
  it.each([
    ['beside the pointer, below and right', 150, 100, '62px', '62px'],
    ['flipped left near the right edge', 400, 100, '88px', '62px'],
    ['flipped above near the bottom', 150, 300, '62px', '134px'],
    ['never past the left edge when flipped', 290, 100, '0px', '62px'],
  ])('%s', (_, x, y, left, top) => {
    const t = tooltip()
    t.onPointer('a', pointer(x, y))
    expect(t.active.value).toBe('a')
    expect(t.tipStyle.value).toEqual({ left, top })
  })

  it('a focused item puts its tooltip where the chart says (keyboard: no pointer)', () => {
    const t = tooltip()
    t.onFocus('a')
    expect(t.tipAt.value).toEqual({ x: 20, y: 30 })
    expect(t.tipStyle.value).toEqual({ left: '32px', top: '42px' })
  })

  it('leaving clears only the item that is active', () => {
    const t = tooltip()
    t.onPointer('a', pointer(150, 100))
    t.onLeave('b')
    expect(t.active.value).toBe('a')
    t.onLeave('a')
    expect(t.active.value).toBeNull()
    expect(t.tipStyle.value).toEqual({})
  })
})
