// The UI language: one switch (zh-CN ⇄ en), remembered in localStorage and mirrored on <html lang>
// so screen readers and CJK font selection follow it.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { ensureMessages, i18n, LOCALE_STORAGE_KEY } from '../i18n'
import type { Locale } from '../core/format/locale'

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<Locale>(i18n.global.locale.value as Locale)

  watch(
    locale,
    (l) => {
      i18n.global.locale.value = l
      document.documentElement.lang = l
      try {
        localStorage.setItem(LOCALE_STORAGE_KEY, l)
      } catch {
        // storage blocked: the switch still works for this visit
      }
    },
    { immediate: true },
  )

  /** Switches once the language's messages are there (English is loaded on first use). */
  async function toggle() {
    const next: Locale = locale.value === 'zh-CN' ? 'en' : 'zh-CN'
    try {
      await ensureMessages(next)
    } catch (e) {
      // offline before the English chunk was ever cached: stay in the current language
      console.warn('[locale] messages could not be loaded', e)
      return
    }
    locale.value = next
  }

  return { locale, toggle }
})
