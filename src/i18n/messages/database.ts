// Words for a local database the app cannot use as it is: a failed upgrade, a database written by a
// newer version of the app, and another tab having upgraded it (DatabaseProblem.vue).
export default {
  'zh-CN': {
    dbProblem: {
      upgradeFailedTitle: '数据库升级失败，旧数据未改动',
      upgradeFailedBody:
        '这个版本需要把本地数据库从第 {stored} 版升级到第 {target} 版，但升级没有完成。浏览器已撤销这次升级：数据库仍是第 {stored} 版，里面的记录一条也没有改动，本应用也不会写入它。',
      upgradeFailedAdvice: '请先导出旧数据备份并妥善保存，然后重试。如果仍然失败，请把下面的错误信息和备份文件交给维护者。',
      newerTitle: '本地数据库比本应用新',
      newerBody:
        '本地数据库由更新版本的应用写入（第 {stored} 版，本应用只认识到第 {app} 版）。本应用读不懂新的格式，为了不损坏它，既不读取也不写入这个数据库。',
      newerAdvice: '请重新载入以使用最新版本的应用（离线时请先联网）。需要时可以先导出一份备份。',
      detail: '错误信息',
      backup: '导出数据库备份（JSON）',
      backupDone: '已导出备份：{tables} 个表，{rows} 条记录。',
      backupNone: '没有找到可导出的数据库。',
      backupFailed: '导出备份失败：{message}',
      retry: '重试',
      reload: '重新载入',
      elsewhereTitle: '请重新载入',
      elsewhereBody:
        '另一个标签页把本地数据库升级到了新版本。为了不阻挡升级，本页已断开与数据库的连接，暂时不能读取或保存。更新、裁定表单和导入文本框中尚未保存的输入已作为草稿保留，重新载入后会恢复。',
    },
  },
  en: {
    dbProblem: {
      upgradeFailedTitle: 'The database upgrade failed; the old data is unchanged',
      upgradeFailedBody:
        'This version needs to upgrade the local database from version {stored} to {target}, but the upgrade did not complete. The browser undid it: the database is still version {stored}, not one record in it was changed, and the app will not write to it.',
      upgradeFailedAdvice: 'Export a backup of the old data and keep it safe, then retry. If it fails again, give the error below and the backup file to the maintainers.',
      newerTitle: 'The local database is newer than this app',
      newerBody:
        'The local database was written by a newer version of the app (version {stored}; this app knows versions up to {app}). This app cannot read the newer format and, so as not to damage it, neither reads nor writes it.',
      newerAdvice: 'Reload to use the latest version of the app (go online first if you are offline). You can export a backup first if you need one.',
      detail: 'Error',
      backup: 'Export a backup of the database (JSON)',
      backupDone: 'Backup exported: {tables} tables, {rows} records.',
      backupNone: 'No database was found to export.',
      backupFailed: 'The backup could not be exported: {message}',
      retry: 'Retry',
      reload: 'Reload',
      elsewhereTitle: 'Please reload',
      elsewhereBody:
        'Another tab upgraded the local database to a new version. So as not to block that upgrade, this page has closed its connection and can neither read nor save for now. Unsaved input in the update and verdict forms and in the import text box is kept as a draft and comes back after the reload.',
    },
  },
}
