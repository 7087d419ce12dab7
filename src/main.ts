import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { ensureMessages, i18n } from './i18n'
import type { Locale } from './core/format/locale'
import './styles/base.css'

const mount = () => createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
// someone who chose English last time: load its messages first rather than flash Chinese
// (a failed load, e.g. offline with an old cache, shows the app in Chinese instead of nothing)
ensureMessages(i18n.global.locale.value as Locale).then(mount, mount)
