// Words of the app shell and vocabulary shared by every view (statuses, kinds).
export default {
  'zh-CN': {
    app: {
      name: '承诺台账',
      subtitle: '地方政府公开承诺追踪',
      skip: '跳到正文',
      pageCodeMissing: '这个页面的程序文件没有加载成功(可能已离线,而这部分尚未缓存)。当前页面和数据都没有变化。',
      pageCodeRetry: '重新打开该页面',
    },
    nav: {
      label: '主导航',
      dashboard: '概览',
      list: '列表',
    },
    lang: {
      switchTo: 'English',
      switchHint: 'Switch to English',
    },
    boot: {
      loading: '正在打开本地数据库…',
      errorTitle: '无法打开本地数据库',
      errorHint: '本应用把数据保存在浏览器的 IndexedDB 中。请确认浏览器允许本网站存储数据(隐私模式可能会阻止),然后重试。',
      retry: '重试',
    },
    notFound: {
      title: '找不到这个页面',
      body: '链接可能有误,或者这条记录已不在本地数据库中。',
      home: '返回列表',
    },
    status: {
      ahead: '超序时',
      on_pace: '按序时',
      behind: '慢序时',
      achieved: '已完成',
      achieved_early: '提前完成',
      missed: '未完成',
      overdue: '逾期',
      done: '已完成(节点)',
      not_yet: '推进中',
      no_data: '未评估',
    },
    kind: {
      target: '目标',
      milestone: '节点',
      qualitative: '定性',
      fact: '事实',
    },
    common: {
      none: '—',
      loading: '加载中…',
    },
  },
  en: {
    app: {
      name: 'Pledge Ledger',
      subtitle: 'Tracking local-government pledges',
      skip: 'Skip to content',
      pageCodeMissing: 'The code for this page could not be loaded (perhaps offline, with this part not cached yet). This page and your data are unchanged.',
      pageCodeRetry: 'Open that page again',
    },
    nav: {
      label: 'Main navigation',
      dashboard: 'Overview',
      list: 'List',
    },
    lang: {
      switchTo: '中文',
      switchHint: '切换到中文',
    },
    boot: {
      loading: 'Opening the local database…',
      errorTitle: 'Could not open the local database',
      errorHint: 'This app keeps its data in the browser (IndexedDB). Check that the browser allows this site to store data (private mode may block it), then retry.',
      retry: 'Retry',
    },
    notFound: {
      title: 'Page not found',
      body: 'The link may be wrong, or the record is no longer in the local database.',
      home: 'Back to the list',
    },
    status: {
      ahead: 'ahead of pace',
      on_pace: 'on pace',
      behind: 'behind pace',
      achieved: 'achieved',
      achieved_early: 'achieved early',
      missed: 'missed',
      overdue: 'overdue',
      done: 'done',
      not_yet: 'under way',
      no_data: 'no data',
    },
    kind: {
      target: 'target',
      milestone: 'milestone',
      qualitative: 'qualitative',
      fact: 'fact',
    },
    common: {
      none: '—',
      loading: 'Loading…',
    },
  },
}
