import { afterEach, describe, expect, it, vi } from 'vitest'

// the queue is module state: each test takes a fresh one
async function freshSlots() {
  vi.resetModules()
  return (await import('./chartSlots')).takeChartSlot
}
/** resolves after the tasks already queued (a timer task), i.e. not within the current task */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0))
/** whether `p` has settled by the time the current task's microtasks have run */
async function settledNow(p: Promise<unknown>): Promise<boolean> {
  let settled = false
  void p.then(() => (settled = true))
  for (let i = 0; i < 20; i++) await Promise.resolve()
  return settled
}

afterEach(() => vi.restoreAllMocks())

describe('chart slots', () => {
  it('give a chart its turn only once the chart that asked before it is drawn (or gone)', async () => {
    const takeChartSlot = await freshSlots()
    const first = takeChartSlot()
    const second = takeChartSlot()
    const third = takeChartSlot()
    const firstDone = await first
    await nextTask()
    await nextTask()
    expect(await settledNow(second)).toBe(false)
    firstDone()
    const secondDone = await second
    expect(await settledNow(third)).toBe(false)
    secondDone() // e.g. unmounted before it was drawn: the queue goes on
    secondDone() // a second call changes nothing
    await expect(third).resolves.toBeTypeOf('function')
  })

  it('let a quick chart be followed in the same task, and a slow one by the next chart only in a new task', async () => {
    const takeChartSlot = await freshSlots()
    let now = 1000
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const first = takeChartSlot()
    const second = takeChartSlot()
    const third = takeChartSlot()
    const firstDone = await first
    now += 5 // drawn in 5 ms: 5 + 5 is well within the task's budget
    firstDone()
    expect(await settledNow(second)).toBe(true)
    const secondDone = await second
    now += 80 // this one took 80 ms: the next waits for a frame, in a task of its own
    secondDone()
    expect(await settledNow(third)).toBe(false)
    await nextTask()
    await nextTask()
    expect(await settledNow(third)).toBe(true)
  })

  it('let the next chart come after a while even when one never says it is drawn (a chart that failed to render)', async () => {
    vi.resetModules()
    const { takeChartSlot, CHART_MAX_HOLD_MS } = await import('./chartSlots')
    const first = takeChartSlot()
    const second = takeChartSlot()
    await first // and never done
    await nextTask()
    await nextTask()
    expect(await settledNow(second)).toBe(false)
    await new Promise((r) => setTimeout(r, CHART_MAX_HOLD_MS + 50))
    await nextTask()
    expect(await settledNow(second)).toBe(true)
  })
})
