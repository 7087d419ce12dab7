// A Vue composable over Dexie's liveQuery: the returned ref follows the database, so a view
// re-renders when any tab writes rows its query read. The only db file that imports Vue.
import { liveQuery, type Subscription } from 'dexie'
import { getCurrentScope, onScopeDispose, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'

export interface LiveQueryOptions {
  /** reactive inputs of the query (e.g. the route's filter): the query re-subscribes when they change */
  deps?: WatchSource | WatchSource[]
  /** called with a failed query's error; the ref keeps its last good value */
  onError?: (error: unknown) => void
}

/**
 * @param querier reads the database through src/db/queries (may be async)
 * @param initial the value until the first result arrives
 * @returns a shallow ref (large lists stay cheap: rows are not made deeply reactive)
 */
export function useLiveQuery<T>(
  querier: () => T | Promise<T>,
  initial: T,
  options: LiveQueryOptions = {},
): Readonly<Ref<T>> {
  const value: ShallowRef<T> = shallowRef(initial)
  let subscription: Subscription | null = null

  const subscribe = () => {
    subscription?.unsubscribe()
    subscription = liveQuery(querier).subscribe({
      next: (result) => {
        value.value = result
      },
      error: (e) => {
        if (options.onError) options.onError(e)
        else console.error('live query failed', e)
      },
    })
  }

  if (options.deps) watch(options.deps, subscribe, { immediate: true, deep: true })
  else subscribe()

  if (getCurrentScope()) {
    onScopeDispose(() => {
      subscription?.unsubscribe()
      subscription = null
    })
  }
  return value
}
