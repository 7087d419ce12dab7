// Runs a database read at the start of a new task, outside any Dexie live-query zone.
//
// Why: Dexie carries a live query's zone across native `await`s by re-entering it in the microtasks
// that follow ("zone echoes"). Vue's render/watcher flush is a microtask too, so when it happens to
// run during those echoes, reads started by watchers (the list's page reads on scroll) run inside
// the live query's zone: Dexie then records every key they walk for change tracking and deep-clones
// their results for its cache. A CPU profile of 40 wheel steps at 100,000 rows spent ~0.9 s of main
// thread in that bookkeeping (RangeSet.addKeys, cache clone). Echoes are microtasks only, so a timer
// callback always starts in the global zone.
export function freshTask<T>(read: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => {
      try {
        read().then(resolve, reject)
      } catch (e) {
        reject(e)
      }
    }, 0)
  })
}
