// Charts load lazily, each with the same loading and error states. The chart's chunk (and ECharts
// with it) is requested as soon as asyncChart is called (dashboardCharts.ts: when the dashboard's
// chunk is evaluated), in parallel with the database's open and the counts query, rather than only
// once the figures have rendered and the chart first needs to mount.
//
// Each chart instance then mounts in a frame of its own (mountSlot): the chunks arrive together, and
// five ECharts inits and first draws in one task blocked the page for hundreds of milliseconds on a
// first visit (Lighthouse's total blocking time). One chart per frame keeps every task short, and the
// page answers input between them; the charts appear top to bottom, a frame apart.
import { defineAsyncComponent, defineComponent, h, onBeforeUnmount, ref, type Component } from 'vue'
import ChartLoading from './ChartLoading.vue'
import ChartError from './ChartError.vue'

let queue: Promise<void> = Promise.resolve()

/** Resolves after the charts queued before it, in a task of its own after the next frame. */
function mountSlot(): Promise<void> {
  const next = queue.then(
    () =>
      new Promise<void>((resolve) => {
        // a hidden tab gets no frames: the timer still lets the chart mount
        const go = () => setTimeout(resolve, 0)
        if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(go)
        else go()
      }),
  )
  queue = next
  return next
}

export function asyncChart<T extends Component>(loader: () => Promise<{ default: T }>): T {
  let early: Promise<{ default: T }> | null = loader()
  // a failed early request (offline, chunk not cached) is not reused: the mount asks again
  early.catch(() => (early = null))
  // settles when the chunk is here (or failed: the async component then asks again, shows its error)
  const arrived = early.then(
    () => undefined,
    () => undefined,
  )
  const load = () => {
    const p = early ?? loader()
    early = null
    return p
  }
  const Chart = defineAsyncComponent({ loader: load, loadingComponent: ChartLoading, errorComponent: ChartError, delay: 100, timeout: 30_000 })
  // props, listeners and classes pass through untouched. The slot is taken once the chunk is here,
  // so instances of a chart whose chunk arrives late still mount a frame apart. Until then the chart
  // shows what the async component itself would: nothing for 100 ms, then the loading state.
  return defineComponent({
    name: 'QueuedChart',
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      const ready = ref(false)
      const slow = ref(false)
      const timer = setTimeout(() => (slow.value = true), 100)
      onBeforeUnmount(() => clearTimeout(timer))
      void arrived.then(mountSlot).then(() => (ready.value = true))
      return () => (ready.value ? h(Chart, attrs, slots) : slow.value ? h(ChartLoading) : null)
    },
  }) as unknown as T
}
