// Charts load lazily, each with the same loading and error states. The chart's chunk (and ECharts
// with it) is requested as soon as the dashboard's code runs, in parallel with the counts query,
// rather than only once the figures have rendered and the chart first needs to mount.
import { defineAsyncComponent, type Component } from 'vue'
import ChartLoading from './ChartLoading.vue'
import ChartError from './ChartError.vue'

export function asyncChart<T extends Component>(loader: () => Promise<{ default: T }>): T {
  let early: Promise<{ default: T }> | null = loader()
  // a failed early request (offline, chunk not cached) is not reused: the mount asks again
  early.catch(() => (early = null))
  const load = () => {
    const p = early ?? loader()
    early = null
    return p
  }
  return defineAsyncComponent({ loader: load, loadingComponent: ChartLoading, errorComponent: ChartError, delay: 100, timeout: 30_000 }) as T
}
