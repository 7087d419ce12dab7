// Words of the app-update prompt and the offline-ready note (service worker).
export default {
  'zh-CN': {
    pwa: {
      updateTitle: '有新版本',
      updateHint: '重新载入即可使用新版本。更新、裁定表单和导入文本框中尚未保存的输入会保留，载入后恢复。',
      reload: '重新载入',
      later: '稍后',
      offlineReady: '已可离线使用',
      close: '关闭',
    },
  },
  en: {
    pwa: {
      updateTitle: 'A new version is available',
      updateHint: 'Reload to use it. Unsaved input in the update and verdict forms and in the import text box is kept and comes back after the reload.',
      reload: 'Reload',
      later: 'Later',
      offlineReady: 'Ready to work offline',
      close: 'Close',
    },
  },
}
