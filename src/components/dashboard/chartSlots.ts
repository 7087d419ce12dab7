// Turns for the dashboard's charts to mount, one chart at a time, in the order they ask. An ECharts
// init and first draw is 20–110 ms of script; five in one task blocked the page for hundreds of
// milliseconds on a first visit. A chart therefore mounts after the previous one is drawn, and in a
// new task after a frame (so the page paints and answers input) unless the current task is still
// short enough to take it too: while the time used so far plus what the last chart took stays within
// CHART_TASK_BUDGET_MS, the next chart mounts at once, without waiting for the next frame.

/** A task's share for chart mounts: Lighthouse counts every task over 50 ms as blocking. */
export const CHART_TASK_BUDGET_MS = 50

/**
 * The longest one chart holds the others back: a chart whose component fails to render never says it
 * is drawn, and the charts after it must still come.
 */
export const CHART_MAX_HOLD_MS = 1000

let queue: Promise<void> = Promise.resolve()
/** when the current task's run of chart mounts began */
let runStart = -Infinity
/** how long the last chart took from its turn to its release (the estimate for the next one) */
let lastCost = 0
/** turns given so far: numbers the marks below */
let turns = 0

// Marks for the benchmark's open timeline (scripts/bench/profileDashboard.ts); harmless elsewhere.
function mark(name: string): void {
  globalThis.performance?.mark?.(name)
}

/** Resolves in a new task after the next frame (or at once with a timer when the tab is hidden: no frames there). */
function afterFrame(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => setTimeout(resolve, 0)
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(go)
    else go()
  })
}

/**
 * Waits for the charts that asked before (each until its `done` is called), then resolves with this
 * chart's `done`: call it once the chart is drawn, or unmounted. Until then (at most
 * CHART_MAX_HOLD_MS) the charts after it wait.
 */
export function takeChartSlot(): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  const turn = queue.then(async () => {
    if (performance.now() - runStart + lastCost > CHART_TASK_BUDGET_MS) {
      await afterFrame()
      runStart = performance.now()
    }
  })
  queue = turn.then(() => Promise.race([released, new Promise<void>((r) => setTimeout(r, CHART_MAX_HOLD_MS))]))
  return turn.then(() => {
    const n = ++turns
    mark(`pl:chart-${n}-turn`)
    const start = performance.now()
    let once = false
    return () => {
      if (once) return
      once = true
      mark(`pl:chart-${n}-drawn`)
      lastCost = performance.now() - start
      release()
    }
  })
}
