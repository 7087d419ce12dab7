// Charts load lazily, each with the same loading and error states. The chart's chunk (and ECharts
// with it) is requested as soon as asyncChart is called (dashboardCharts.ts: when the dashboard's
// chunk is evaluated), in parallel with the database's open and the counts query, rather than only
// once the figures have rendered and the chart first needs to mount.
//
// The charts then mount one after another (chartSlots.ts): five ECharts inits and first draws in
// one task blocked the page for hundreds of milliseconds on a first visit (Lighthouse's total
// blocking time), so the page gets frames and input between them; the charts appear top to bottom.
import { defineAsyncComponent, defineComponent, h, nextTick, onBeforeUnmount, ref, shallowRef, type Component } from 'vue'
import ChartLoading from './ChartLoading.vue'
import ChartError from './ChartError.vue'
import { takeChartSlot } from './chartSlots'

/** how long a chart's code may take to arrive before its card says it is loading */
const LOADING_DELAY_MS = 100

/** The height in px the chart will take, from its props: kept free while it waits, so nothing moves when it draws. */
export type ReserveHeight = (attrs: Record<string, unknown>) => number

export function asyncChart<T extends Component>(loader: () => Promise<{ default: T }>, reserve?: ReserveHeight): T {
  let early: Promise<{ default: T }> | null = loader()
  /** the component, once its chunk is here: rendered directly, without an async wrapper's extra render */
  let loaded: T | null = null
  // a failed early request (offline, chunk not cached) is not reused: the mount asks again
  early.then(
    (m) => (loaded = m.default),
    () => (early = null),
  )
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
  const Retrying = defineAsyncComponent({ loader: load, loadingComponent: ChartLoading, errorComponent: ChartError, delay: LOADING_DELAY_MS, timeout: 30_000 })
  // props, listeners and classes pass through untouched. The slot is taken once the chunk is here,
  // so a chart whose chunk arrives late still mounts in its own turn. Until then the chart shows what
  // an async component would: nothing for a moment, then the loading state (only while its code is
  // on the way: waiting a frame or two for its turn shows nothing, rather than a flash of 加载中).
  return defineComponent({
    name: 'QueuedChart',
    inheritAttrs: false,
    setup(_, { attrs, slots }) {
      const ready = shallowRef<(() => void) | null>(null)
      const slow = ref(false)
      let here = false
      let unmounted = false
      const timer = setTimeout(() => (slow.value = !here), LOADING_DELAY_MS)
      void arrived
        .then(() => (here = true))
        .then(takeChartSlot)
        .then((done) => {
          if (unmounted) done()
          else ready.value = done
        })
      // the next chart's turn comes once this one is drawn: vue-echarts sets the first option in a
      // nextTick after its mount, so one more nextTick after this vnode's mount follows that draw
      const drawn = () => void nextTick(() => ready.value?.())
      onBeforeUnmount(() => {
        unmounted = true
        clearTimeout(timer)
        ready.value?.()
      })
      return () => {
        if (ready.value) return loaded ? h(loaded, { ...attrs, onVnodeMounted: drawn }, slots) : h(Retrying, { ...attrs, onVnodeMounted: drawn }, slots)
        // the space the chart will take stays free while it waits (an empty box, then the loading
        // state): a card growing under the reader's eyes as its chart arrives was a layout shift
        const minHeight = reserve ? `${reserve(attrs)}px` : undefined
        if (slow.value) return h(ChartLoading, { style: { minHeight } })
        return minHeight ? h('div', { class: 'chart-pending', style: { minHeight } }) : null
      }
    },
  }) as unknown as T
}
