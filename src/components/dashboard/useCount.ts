// Formats counts with one Intl.NumberFormat per language. vue-i18n's n(value) constructs a new
// Intl.NumberFormat on every call (native work that showed up as seconds per dashboard redraw
// with hundreds of table cells).
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

export function useCount(): (x: number) => string {
  const { locale } = useI18n()
  const fmt = computed(() => new Intl.NumberFormat(locale.value))
  return (x) => fmt.value.format(x)
}
