/** The frame around every desk: menu, header, notifications. */
export const shell = {
  menu: {
    cases: '案件',
    newCase: '新建咨询',
    claimIntake: '报案登记',
    claimDesk: '理赔台',
    claimChecklists: '理赔材料清单',
    myDeadlines: '我的时效',
    calendars: '日历管理',
    audit: '审计日志',
    calls: '通话',
    scripts: '话术',
    qa: '质检',
    complaints: '投诉台',
    complaintApprovals: '审批待办',
    policyImport: '保单导入',
    claimRules: '报案规则',
    complaintRules: '投诉规则',
  },
  header: { logout: '退出登录', branch: '机构' },
  notifications: {
    title: '通知',
    empty: '暂无通知',
    markRead: '标为已读',
    unreadOnly: '只看未读',
    openCase: '查看案件',
  },
};
