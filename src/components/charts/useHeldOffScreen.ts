// A chart's input, passed on at once while the chart is on or near the screen and held back while
// it is away: a dashboard filter change then redraws the charts the reader sees first, and a chart
// further down catches up when the browser is next idle or as it nears the screen, whichever comes
// first. ECharts' cost per update is mostly fixed (≈15–20 ms a chart at 100,000 commitments), so
// redrawing four charts in the input's task delayed the two on screen by the two below.
// The first value is never held: a chart mounts with its data.
import { shallowRef, watch, onScopeDispose, type Ref, type ShallowRef } from 'vue'
import { useElementVisibility } from '@vueuse/core'

/** Runs `run` later; returns how to cancel it. */
export type Later = (run: () => void) => () => void

export const whenIdle: Later = (run) => {
  if (typeof requestIdleCallback === 'function') {
    // the timeout bounds the wait on a page that is never idle (an animation, a busy worker's replies)
    const id = requestIdleCallback(run, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(run, 50)
  return () => clearTimeout(id)
}

/** `source` as shown: equal to it whenever `near` is true, at most one idle callback behind otherwise. */
export function useHeld<T>(source: Ref<T>, near: Ref<boolean>, later: Later = whenIdle): ShallowRef<T> {
  const shown = shallowRef(source.value)
  let cancel: (() => void) | null = null
  const catchUp = () => {
    cancel?.()
    cancel = null
    shown.value = source.value
  }
  // sync: the chart on screen gets its new input in the same update as the rest of the page
  watch(source, () => {
    if (near.value) catchUp()
    else cancel ??= later(() => {
      cancel = null
      catchUp()
    })
  }, { flush: 'sync' })
  watch(near, (isNear) => {
    if (isNear && shown.value !== source.value) catchUp()
  }, { flush: 'sync' })
  onScopeDispose(() => cancel?.())
  return shown
}

/** Margin around the viewport inside which a chart counts as on screen: it is drawn before it shows. */
const NEAR_MARGIN = '100px'

/** useHeld with `near` from the element's intersection with the viewport (plus a margin). */
export function useHeldOffScreen<T>(source: Ref<T>, target: Ref<HTMLElement | null | undefined>): ShallowRef<T> {
  // true until the observer has reported, so nothing is held before the chart knows where it is
  const near = useElementVisibility(target, { rootMargin: NEAR_MARGIN, initialValue: true })
  return useHeld(source, near)
}
