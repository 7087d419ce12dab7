// Test support: chart labels built from the app's real messages (zh-CN and en), so option-builder
// tests assert the words a user reads. Imported by tests only.
import common from '@/i18n/messages/common'
import dashboard from '@/i18n/messages/dashboard'
import { makeChartLabels, type Translate } from './labels'
import type { ChartLabels } from './options/common'

type Tree = { [k: string]: string | Tree }

function translator(...trees: Tree[]): Translate {
  return (key, named) => {
    for (const tree of trees) {
      let node: string | Tree | undefined = tree
      for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
      if (typeof node === 'string') return node.replace(/\{(\w+)\}/g, (_, k) => String(named?.[k] ?? `{${k}}`))
    }
    return key
  }
}

export function labelsFor(locale: 'zh-CN' | 'en'): ChartLabels {
  return makeChartLabels(translator(common[locale] as Tree, dashboard[locale] as Tree), locale)
}
