// The hover/focus tooltip of our own SVG charts (the by-owner bars and the map): which item is
// active, where its tooltip sits, and the tooltip kept inside the card (it flips to the pointer's
// left or above near the edges). Each chart says how much room its tooltip needs and where a
// focused item's tooltip goes (keyboard focus has no pointer position).
import { computed, ref, type Ref } from 'vue'

export interface TooltipRoom {
  /** width and height the tooltip needs beside the pointer before it flips */
  width: number
  height: number
}
type Point = { x: number; y: number }

export function useChartTooltip(
  box: Readonly<Ref<HTMLElement | null>>,
  room: TooltipRoom,
  area: () => { width: number; height: number } | null,
  focusAt: (key: string) => Point | null,
) {
  const active = ref<string | null>(null)
  const tipAt = ref<Point | null>(null)

  function onPointer(key: string, e: PointerEvent) {
    active.value = key
    const rect = box.value?.getBoundingClientRect()
    if (rect) tipAt.value = { x: e.clientX - rect.left, y: e.clientY - rect.top }
  }
  function onFocus(key: string) {
    active.value = key
    tipAt.value = focusAt(key)
  }
  function onLeave(key: string) {
    if (active.value === key) {
      active.value = null
      tipAt.value = null
    }
  }
  const tipStyle = computed(() => {
    const at = tipAt.value
    const a = area()
    if (!at || !a) return {}
    const left = at.x + room.width > a.width ? Math.max(0, at.x - room.width + 8) : at.x + 12
    const top = at.y + room.height > a.height ? Math.max(0, at.y - room.height + 4) : at.y + 12
    return { left: `${left}px`, top: `${top}px` }
  })
  return { active, tipAt, tipStyle, onPointer, onFocus, onLeave }
}
