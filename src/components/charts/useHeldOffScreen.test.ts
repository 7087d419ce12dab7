import { effectScope, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { useHeld, type Later } from './useHeldOffScreen'

/** A `later` the test runs by hand. */
function manual() {
  const queued: (() => void)[] = []
  const later: Later = (run) => {
    queued.push(run)
    return () => queued.splice(queued.indexOf(run), 1)
  }
  return { later, queued, runAll: () => queued.splice(0).forEach((r) => r()) }
}

function setup(near: boolean) {
  const source = ref('a')
  const isNear = ref(near)
  const m = manual()
  const scope = effectScope()
  const shown = scope.run(() => useHeld(source, isNear, m.later))!
  return { source, isNear, shown, scope, ...m }
}

describe('useHeld: a chart input held while the chart is away from the screen', () => {
  it('shows the first value at once, on screen or not', () => {
    expect(setup(true).shown.value).toBe('a')
    expect(setup(false).shown.value).toBe('a')
  })

  it('passes every change on at once while the chart is near the screen', () => {
    const s = setup(true)
    s.source.value = 'b'
    expect(s.shown.value).toBe('b')
    expect(s.queued).toHaveLength(0)
  })

  it('holds changes while away, then shows only the latest when the idle callback runs', () => {
    const s = setup(false)
    s.source.value = 'b'
    s.source.value = 'c'
    expect(s.shown.value).toBe('a')
    expect(s.queued).toHaveLength(1)
    s.runAll()
    expect(s.shown.value).toBe('c')
  })

  it('catches up as soon as the chart nears the screen, and the idle callback is dropped', () => {
    const s = setup(false)
    s.source.value = 'b'
    s.isNear.value = true
    expect(s.shown.value).toBe('b')
    expect(s.queued).toHaveLength(0)
  })

  it('drops its pending callback when the chart goes away (scope disposed)', () => {
    const s = setup(false)
    s.source.value = 'b'
    s.scope.stop()
    expect(s.queued).toHaveLength(0)
  })
})
