// Words of the "restated after the deadline" view.
export default {
  'zh-CN': {
    lineage: {
      restated: {
        nav: '逾期重提',
        title: '逾期后重新提出的承诺',
        lead: '已确认的沿革关系中，后一篇报道发布时前一项承诺的期限已过：同一件事又被重新承诺。',
        empty: '还没有已确认的逾期重提。在承诺详情页确认“可能的关联”后会出现在这里。',
        deadline: '原期限',
      },
    },
  },
  en: {
    lineage: {
      restated: {
        nav: 'Restated late',
        title: 'Pledges set again after their deadline',
        lead: 'Confirmed lineage links where the later report was published after the earlier pledge was due: the same thing promised again.',
        empty: 'No confirmed late restatements yet. Confirm a “possible link” on a commitment page and it appears here.',
        deadline: 'Was due',
      },
    },
  },
}
