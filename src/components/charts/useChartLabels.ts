// Chart words in the current UI language; recomputed when the language switches.
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { makeChartLabels } from '@/charts/labels'

export function useChartLabels() {
  const { t, locale } = useI18n()
  return computed(() => makeChartLabels((key, named) => (named ? t(key, named) : t(key)), locale.value))
}
