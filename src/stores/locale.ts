// The UI language: one switch (zh-CN ⇄ en), remembered in localStorage and mirrored on <html lang>
// so screen readers and CJK font selection follow it.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { i18n, LOCALE_STORAGE_KEY } from '../i18n'
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

  function toggle() {
    locale.value = locale.value === 'zh-CN' ? 'en' : 'zh-CN'
  }

  return { locale, toggle }
})
