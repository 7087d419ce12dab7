import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { draftKey, forgetDraft, rememberedEnteredBy, rememberEnteredBy, useDraft } from './drafts'

class MemoryStorage {
  data = new Map<string, string>()
  getItem(k: string) {
    return this.data.get(k) ?? null
  }
  setItem(k: string, v: string) {
    this.data.set(k, v)
  }
  removeItem(k: string) {
    this.data.delete(k)
  }
}

const g = globalThis as { sessionStorage?: unknown; localStorage?: unknown }
let session: MemoryStorage
beforeEach(() => {
  session = new MemoryStorage()
  g.sessionStorage = session
  g.localStorage = new MemoryStorage()
})
afterEach(() => {
  delete g.sessionStorage
  delete g.localStorage
})

const blank = () => ({ value: '', url: '', correct: false })

describe('useDraft', () => {
  it('keeps typed input per commitment and restores it (a reload)', async () => {
    const key = ref(draftKey('update', 'c1'))
    const a = useDraft(key, blank)
    a.state.value = '3600'
    await nextTick()
    expect(useDraft(ref(draftKey('update', 'c1')), blank).state.value).toBe('3600')
    expect(useDraft(ref(draftKey('update', 'c2')), blank).state.value).toBe('')
  })

  it('forgets the draft on save, keeping only what the caller asks', async () => {
    const key = ref(draftKey('update', 'c1'))
    const a = useDraft(key, blank)
    a.state.value = '3600'
    a.state.url = 'https://x.cn'
    await nextTick()
    a.clear({ url: 'kept' })
    await nextTick()
    expect(a.state).toEqual({ value: '', url: 'kept', correct: false })
    expect(session.getItem(key.value)).toBeNull()
  })

  it('forgets a draft by key with no form mounted (import text once saved), leaving other drafts', async () => {
    const text = useDraft(ref(draftKey('import', 'text')), () => ({ pasted: '' }))
    const other = useDraft(ref(draftKey('update', 'c1')), blank)
    text.state.pasted = '力争2025年接待游客超过4000万人次'
    other.state.value = '3600'
    await nextTick()
    forgetDraft(draftKey('import', 'text'))
    expect(useDraft(ref(draftKey('import', 'text')), () => ({ pasted: '' })).state.pasted).toBe('')
    expect(useDraft(ref(draftKey('update', 'c1')), blank).state.value).toBe('3600')
  })

  it('restores only known fields of the right type from a tampered draft', () => {
    const key = draftKey('update', 'c1')
    session.setItem(key, JSON.stringify({ value: 5, url: 'https://a.cn', extra: '<script>', correct: 'yes' }))
    expect(useDraft(ref(key), blank).state).toEqual({ value: '', url: 'https://a.cn', correct: false })
  })

  it('survives unreadable drafts and blocked storage', () => {
    session.setItem(draftKey('update', 'c1'), '{not json')
    expect(useDraft(ref(draftKey('update', 'c1')), blank).state.value).toBe('')
    g.sessionStorage = { getItem: () => { throw new Error('blocked') }, setItem: () => { throw new Error('blocked') }, removeItem: () => {} }
    expect(() => useDraft(ref(draftKey('update', 'c1')), blank)).not.toThrow()
  })
})

describe('entered-by memory', () => {
  it('remembers a trimmed name and ignores blanks', () => {
    rememberEnteredBy('  王记者 ')
    rememberEnteredBy('   ')
    expect(rememberedEnteredBy()).toBe('王记者')
  })
})
