/** Head office's inbox of major cases (重大案件, seed 003) and the acknowledgement of a branch's report. */
export const majorInbox = {
  majorInbox: {
    title: '重大案件',
    intro: '各机构接到报案或了解情况后须在 24 小时内向总部呈报的重大案件，最紧急的在前（已超时、即将到期）。',
    filter: { all: '全部', unreported: '待呈报', reported: '已呈报' },
    columns: {
      number: '案件号',
      branch: '机构',
      reasons: '重大案件原因',
      flaggedAt: '认定时间',
      deadline: '呈报时限',
      report: '呈报',
      acknowledged: '总部确认',
    },
    notReported: '尚未呈报',
    reportedAt: '{{at}} 由 {{by}} 呈报',
    acknowledgedAt: '{{by}} 于 {{at}} 确认收到',
    notAcknowledged: '待确认',
    open: '查看呈报',
    empty: '暂无重大案件',
    reportTitle: '重大案件呈报表（只读）',
    reportedTo: '呈报对象',
    reportedBy: '呈报人',
    estimatedLoss: '预计损失（元）',
    acknowledge: '确认收到呈报',
    acknowledged: '已确认收到',
  },
};
