// Charts load lazily, each with the same loading and error states.
import { defineAsyncComponent, type Component } from 'vue'
import ChartLoading from './ChartLoading.vue'
import ChartError from './ChartError.vue'

export function asyncChart<T extends Component>(loader: () => Promise<{ default: T }>): T {
  return defineAsyncComponent({ loader, loadingComponent: ChartLoading, errorComponent: ChartError, delay: 100, timeout: 30_000 }) as T
}
