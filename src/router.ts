import { ref } from 'vue'
import { createRouter, createWebHistory, START_LOCATION, type RouteRecordRaw } from 'vue-router'
import { isChunkLoadError } from './components/common/chunkLoad'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page's name, for the window title */
    titleKey?: string
  }
}

// The dashboard is another engineer's view and may not exist yet in a given checkout: a glob (rather than a
// plain import()) lets the app build either way; without it, / goes to the list.
const dashboard = import.meta.glob('./views/DashboardView.vue')['./views/DashboardView.vue']

const routes: RouteRecordRaw[] = [
  dashboard
    ? { path: '/', name: 'dashboard', component: dashboard, meta: { titleKey: 'dashboard.title' } }
    : { path: '/', name: 'dashboard', redirect: { name: 'list' } },
  // every view is its own chunk: the first screen (the dashboard) downloads only its own code
  { path: '/list', name: 'list', component: () => import('./views/ListView.vue'), meta: { titleKey: 'list.title' } },
  {
    path: '/c/:id',
    name: 'commitment',
    component: () => import('./views/CommitmentView.vue'),
    props: true,
    meta: { titleKey: 'detail.title' },
  },
  {
    path: '/s/:id',
    name: 'source',
    component: () => import('./views/SourceView.vue'),
    props: true,
    meta: { titleKey: 'sourceView.title' },
  },
  { path: '/search', name: 'search', component: () => import('./views/SearchView.vue'), meta: { titleKey: 'search.title' } },
  { path: '/import', name: 'import', component: () => import('./views/ImportView.vue'), meta: { titleKey: 'import.title' } },
  { path: '/data', name: 'data', component: () => import('./views/DataView.vue'), meta: { titleKey: 'data.title' } },
  { path: '/due', name: 'due', component: () => import('./views/DueView.vue'), meta: { titleKey: 'progress.due.viewTitle' } },
  { path: '/restated', name: 'restated', component: () => import('./views/RestatedView.vue'), meta: { titleKey: 'lineage.restated.title' } },
  { path: '/methodology', name: 'methodology', component: () => import('./views/MethodologyView.vue'), meta: { titleKey: 'progress.methodology.nav' } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title' },
  },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior(to, from, saved) {
    if (saved) return saved
    // the first navigation of a page load: the page is at the top already, and scrolling would
    // force a layout of the loading screen in the middle of the start
    if (from === START_LOCATION) return false
    // the source reader scrolls to the commitment named in ?c= itself
    if (to.name === 'source' && to.query.c) return false
    // filter changes on the list or the dashboard keep the scroll position; other pages start at the top
    if (to.name === from.name && (to.name === 'list' || to.name === 'dashboard')) return false
    return { top: 0 }
  },
})

/**
 * The address a click could not open because its page's code did not load (offline with a cache
 * from before that page's code changed, or a new version deployed meanwhile). The router itself only
 * aborts the navigation, and the person would see nothing happen; App.vue says so and offers a full
 * load of that address. Cleared by the next navigation that succeeds.
 */
export const unloadedPage = ref<string | null>(null)

router.onError((error, to) => {
  if (isChunkLoadError(error)) unloadedPage.value = to.fullPath
  // anything else is a bug: said in the console, as the router does without a handler
  else console.error(error)
})
router.afterEach((_to, _from, failure) => {
  if (!failure) unloadedPage.value = null
})
