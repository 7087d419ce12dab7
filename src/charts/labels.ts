// Builds the words the option builders need from a translate function, so builders stay free of
// vue-i18n and tests can pass the real messages.
import type { Status } from '@/core/model/types'
import type { ChartLabels } from './options/common'

export type Translate = (key: string, named?: Record<string, unknown>) => string

export function makeChartLabels(t: Translate, locale: string): ChartLabels {
  const zh = locale.startsWith('zh')
  const monthFmt = new Intl.DateTimeFormat(zh ? 'zh-CN' : 'en', { year: 'numeric', month: zh ? 'long' : 'short', timeZone: 'UTC' })
  // a status's word is asked for per bar, legend item and tooltip line on every redraw; a translation
  // is far dearer than a lookup (the labels are rebuilt when the language changes)
  const statusWords = new Map<Status, string>()
  return {
    locale,
    status: (s: Status) => {
      let w = statusWords.get(s)
      if (w === undefined) statusWords.set(s, (w = t(`status.${s}`)))
      return w
    },
    unnamed: t('dashboard.unnamed'),
    total: t('dashboard.total'),
    today: t('dashboard.today'),
    others: t('dashboard.others'),
    otherOwners: (n, field) => t(`dashboard.othersOf.${field}`, { n }),
    othersHint: t('dashboard.othersHint'),
    commitments: t('dashboard.map.commitments'),
    shareOnPace: t('dashboard.map.shareOnPace'),
    notEvaluated: t('dashboard.map.notEvaluated'),
    month: (ym) => monthFmt.format(new Date(`${ym}-01T00:00:00Z`)),
    monthShort: (ym) => {
      const [y, m] = ym.split('-')
      return zh ? `${y.slice(2)}年${Number(m)}月` : `${Number(m)}/${y.slice(2)}`
    },
  }
}
