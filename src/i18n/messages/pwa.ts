// Words of the app-update prompt and the offline-ready note (service worker).
export default {
  'zh-CN': {
    pwa: {
      updateTitle: '有新版本',
      updateHint: '重新载入即可使用新版本;未保存的输入请先保存。',
      reload: '重新载入',
      later: '稍后',
      offlineReady: '已可离线使用',
      close: '关闭',
    },
  },
  en: {
    pwa: {
      updateTitle: 'A new version is available',
      updateHint: 'Reload to use it; save any unsaved input first.',
      reload: 'Reload',
      later: 'Later',
      offlineReady: 'Ready to work offline',
      close: 'Close',
    },
  },
}
