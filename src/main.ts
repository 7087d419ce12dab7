import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { ensureMessages, i18n } from './i18n'
import type { Locale } from './core/format/locale'
import { useBootStore } from './stores/boot'
import { zhCollator } from './core/format/collator'
import './styles/base.css'

// The start is several main-thread tasks, not one: evaluating the modules, opening the database,
// rendering the shell, then the Chinese collator (its first use loads ICU data, 10–20 ms) before any
// list or chart sorts. As one task it ran past 100 ms on a first visit (Lighthouse counts every task
// over 50 ms after the first paint as blocking). The database opens first so that IndexedDB (and, on
// a first visit, the seed worker) works while the shell renders.
const nextTask = (run: () => void) => setTimeout(run, 0)

const pinia = createPinia()
const app = createApp(App).use(pinia).use(router).use(i18n)
const mount = () =>
  nextTask(() => {
    void useBootStore(pinia).start()
    nextTask(() => {
      app.mount('#app')
      nextTask(zhCollator)
    })
  })
// someone who chose English last time: load its messages first rather than flash Chinese
// (a failed load, e.g. offline with an old cache, shows the app in Chinese instead of nothing)
ensureMessages(i18n.global.locale.value as Locale).then(mount, mount)
